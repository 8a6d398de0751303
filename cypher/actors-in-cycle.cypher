// Actors among $ids that are now their own (indirect) unit; run after parent links are written.
UNWIND $ids AS id
MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
WHERE EXISTS { (a)-[:PART_OF*1..]->(a) }
RETURN a.id AS id
