// Only the properties that changed; a null in row.changes removes that property.
WITH datetime($now) AS now
UNWIND $rows AS row
MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId, id: row.id}) USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
SET c += row.changes, c.updatedAt = coalesce(datetime(row.updatedAt), now)
