// Deletes the actor with its ties and memberships; its units and forums lose it and are touched.
MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: $id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
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
