// Replaces the forum's properties and its whole member list.
UNWIND $rows AS row
MERGE (f:Forum {id: row.props.id})
SET f = row.props, f.createdAt = datetime(row.createdAt), f.updatedAt = datetime(row.updatedAt)
WITH f, row
CALL (f) {
  MATCH (:Actor)-[m:MEMBER_OF]->(f)
  DELETE m
}
CALL (f, row) {
  UNWIND row.members AS member
  MATCH (a:Actor {id: member.actorId})
  CREATE (a)-[:MEMBER_OF {role: member.role}]->(f)
}
