// CREATE, not MERGE: a concurrent create of the same id must hit the uniqueness constraint.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
CREATE (s)<-[:SOURCE]-(c:Collaboration)-[:TARGET]->(t)
SET c = row.props, c.createdAt = datetime(row.createdAt), c.updatedAt = datetime(row.updatedAt)
