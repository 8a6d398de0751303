// Deletes these records in one batch per kind: ties, forums (memberships go with them), actors
// with their ties (units and forums that lose one are touched), then sources. One unique-index
// seek per id, as every lookup by id (refs-existing.cypher says why).
CALL () {
  UNWIND $collaborations AS id
  MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
  DETACH DELETE c
}
CALL () {
  UNWIND $forums AS id
  MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK f:Forum(mappingId, roundId, id)
  DETACH DELETE f
}
CALL () {
  UNWIND $actors AS id
  MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
  CALL (a) {
    MATCH (a)<-[:SOURCE|TARGET]-(c:Collaboration)
    DETACH DELETE c
  }
  CALL (a) {
    MATCH (u:Actor)-[:PART_OF]->(a)
    SET u.updatedAt = datetime($now)
  }
  CALL (a) {
    MATCH (a)-[:MEMBER_OF]->(f:Forum)
    SET f.updatedAt = datetime($now)
  }
  DETACH DELETE a
}
CALL () {
  UNWIND $sources AS id
  MATCH (s:Source {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK s:Source(mappingId, roundId, id)
  DELETE s
}
