// Other ties between the same two actors, in either direction (the parallel-tie rule).
MATCH (:Actor {mappingId: $mappingId, roundId: $roundId, id: $a})<-[:SOURCE|TARGET]-(c:Collaboration)-[:SOURCE|TARGET]->(:Actor {mappingId: $mappingId, roundId: $roundId, id: $b})
WHERE c.id <> $id
RETURN DISTINCT c.id AS id, c.areas AS areas
ORDER BY id
