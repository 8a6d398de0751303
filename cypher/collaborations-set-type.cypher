UNWIND $rows AS row
MATCH (c:Collaboration {id: row.id})
SET c.type = row.type, c.updatedAt = datetime($now)
