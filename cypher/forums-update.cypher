// Only the properties that changed; a null in row.changes removes that property.
WITH datetime($now) AS now
UNWIND $rows AS row
MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId, id: row.id}) USING INDEX SEEK f:Forum(mappingId, roundId, id)
SET f += row.changes, f.updatedAt = coalesce(datetime(row.updatedAt), now)
