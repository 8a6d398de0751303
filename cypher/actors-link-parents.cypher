// Run after the actors themselves are written, so a parent may be written in the same batch.
UNWIND $rows AS row
MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: row.id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
CALL (a) {
  MATCH (a)-[r:PART_OF]->()
  DELETE r
}
CALL (a, row) {
  MATCH (p:Actor {mappingId: $mappingId, roundId: $roundId, id: row.parentId}) USING INDEX SEEK p:Actor(mappingId, roundId, id)
  MERGE (a)-[:PART_OF]->(p)
}
