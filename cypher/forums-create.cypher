// CREATE, not MERGE: a concurrent create of the same id must hit the uniqueness constraint.
UNWIND $rows AS row
CREATE (f:Forum)
SET f = row.props, f.createdAt = datetime(row.createdAt), f.updatedAt = datetime(row.updatedAt)
WITH f, row
CALL (f, row) {
  UNWIND row.members AS member
  MATCH (a:Actor {id: member.actorId})
  CREATE (a)-[:MEMBER_OF {role: member.role}]->(f)
}
