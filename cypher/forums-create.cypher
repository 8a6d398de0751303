// CREATE, not MERGE: a concurrent create of the same id must hit the uniqueness constraint.
// Members follow with forums-set-members.cypher.
UNWIND $rows AS row
CREATE (f:Forum)
SET f = row.props, f.mappingId = $mappingId, f.roundId = $roundId, f.createdAt = datetime(row.createdAt), f.updatedAt = datetime(row.updatedAt)
