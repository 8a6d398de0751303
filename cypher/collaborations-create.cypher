// CREATE, not MERGE: a concurrent create of the same id must hit the uniqueness constraint.
UNWIND $rows AS row
MATCH (s:Actor {mappingId: $mappingId, roundId: $roundId, id: row.source}), (t:Actor {mappingId: $mappingId, roundId: $roundId, id: row.target}) USING INDEX SEEK s:Actor(mappingId, roundId, id) USING INDEX SEEK t:Actor(mappingId, roundId, id)
CREATE (s)<-[:SOURCE]-(c:Collaboration)-[:TARGET]->(t)
SET c = row.props, c.mappingId = $mappingId, c.roundId = $roundId, c.createdAt = datetime(row.createdAt), c.updatedAt = datetime(row.updatedAt)
