// Only the properties that changed; a null in row.changes removes that property.
WITH datetime($now) AS now
UNWIND $rows AS row
MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: row.id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
SET a += row.changes, a.updatedAt = coalesce(datetime(row.updatedAt), now)
