// Replaces the member lists of these forums.
UNWIND $rows AS row
MATCH (f:Forum {id: row.id})
CALL (f) {
  MATCH (:Actor)-[m:MEMBER_OF]->(f)
  DELETE m
}
CALL (f, row) {
  UNWIND row.members AS member
  MATCH (a:Actor {id: member.actorId})
  CREATE (a)-[:MEMBER_OF {role: member.role}]->(f)
}
