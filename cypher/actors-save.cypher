UNWIND $rows AS row
MERGE (a:Actor {id: row.props.id})
SET a = row.props, a.createdAt = datetime(row.createdAt), a.updatedAt = datetime(row.updatedAt)
