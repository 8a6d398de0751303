// CREATE, not MERGE: a concurrent create of the same id must hit the uniqueness constraint.
WITH datetime($now) AS now
UNWIND $rows AS row
CREATE (a:Actor)
SET a = row.props, a.mappingId = $mappingId, a.roundId = $roundId, a.createdAt = coalesce(datetime(row.createdAt), now), a.updatedAt = coalesce(datetime(row.updatedAt), now)
