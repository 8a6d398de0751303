UNWIND $rows AS row
MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId, id: row.id}) USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
SET c.type = row.type, c.updatedAt = datetime($now)
