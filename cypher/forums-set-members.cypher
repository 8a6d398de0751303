// Replaces the member lists of these forums.
UNWIND $rows AS row
MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId, id: row.id}) USING INDEX SEEK f:Forum(mappingId, roundId, id)
CALL (f) {
  MATCH (:Actor)-[m:MEMBER_OF]->(f)
  DELETE m
}
CALL (f, row) {
  UNWIND row.members AS member
  MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: member.actorId}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
  CREATE (a)-[:MEMBER_OF {role: member.role}]->(f)
}
