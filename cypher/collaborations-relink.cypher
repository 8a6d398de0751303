// Moves ties whose source or target changed onto their new ends.
UNWIND $rows AS row
MATCH (c:Collaboration {id: row.id}), (s:Actor {id: row.source}), (t:Actor {id: row.target})
CALL (c) {
  MATCH (c)-[r:SOURCE|TARGET]->()
  DELETE r
}
CREATE (s)<-[:SOURCE]-(c)-[:TARGET]->(t)
