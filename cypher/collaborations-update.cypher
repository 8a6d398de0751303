// Only the properties that changed; a null in row.changes removes that property.
UNWIND $rows AS row
MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId, id: row.id}) USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
SET c += row.changes, c.updatedAt = datetime(row.updatedAt)
