// CREATE, not MERGE: a concurrent create of the same id must hit the uniqueness constraint.
UNWIND $rows AS row
CREATE (a:Actor)
SET a = row.props, a.mappingId = $mappingId, a.roundId = $roundId, a.createdAt = datetime(row.createdAt), a.updatedAt = datetime(row.updatedAt)
