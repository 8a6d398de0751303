UNWIND $rows AS row
MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId, id: row.id})
SET c.type = row.type, c.updatedAt = datetime($now)
