// Moves ties whose source or target changed onto their new ends.
UNWIND $rows AS row
MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId, id: row.id}), (s:Actor {mappingId: $mappingId, roundId: $roundId, id: row.source}), (t:Actor {mappingId: $mappingId, roundId: $roundId, id: row.target}) USING INDEX SEEK c:Collaboration(mappingId, roundId, id) USING INDEX SEEK s:Actor(mappingId, roundId, id) USING INDEX SEEK t:Actor(mappingId, roundId, id)
CALL (c) {
  MATCH (c)-[r:SOURCE|TARGET]->()
  DELETE r
}
CREATE (s)<-[:SOURCE]-(c)-[:TARGET]->(t)
