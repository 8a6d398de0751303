UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
MERGE (c:Collaboration {id: row.props.id})
SET c = row.props, c.createdAt = datetime(row.createdAt), c.updatedAt = datetime(row.updatedAt)
WITH c, s, t
CALL (c) {
  MATCH (c)-[r:SOURCE|TARGET]->()
  DELETE r
}
CREATE (s)<-[:SOURCE]-(c)-[:TARGET]->(t)
