// Other ties between the same two actors, in either direction (the parallel-tie rule). Found by
// expanding from $a's ties: a tie only joins actors of its own round, so $b needs no index.
MATCH (x:Actor {mappingId: $mappingId, roundId: $roundId, id: $a})<-[:SOURCE|TARGET]-(c:Collaboration)-[:SOURCE|TARGET]->(y:Actor) USING INDEX SEEK x:Actor(mappingId, roundId, id)
WHERE y.id = $b AND c.id <> $id
RETURN DISTINCT c.id AS id, c.areas AS areas
ORDER BY id
