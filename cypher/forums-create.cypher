// CREATE, not MERGE: a concurrent create of the same id must hit the uniqueness constraint.
// Members follow with forums-set-members.cypher.
WITH datetime($now) AS now
UNWIND $rows AS row
CREATE (f:Forum)
SET f = row.props, f.mappingId = $mappingId, f.roundId = $roundId, f.createdAt = coalesce(datetime(row.createdAt), now), f.updatedAt = coalesce(datetime(row.updatedAt), now)
