// CREATE, not MERGE: a concurrent create of the same id must hit the uniqueness constraint.
// The ties' ends are sought once each ($actorIds, distinct) and addressed by position (row.s,
// row.t): one index seek per actor rather than two per tie (bench/README.md, import-stores.ts).
// Only when every end was found, in the order asked, are ties created: the count returned tells.
CALL {
  UNWIND $actorIds AS id
  MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
  RETURN collect(a) AS ends, collect(a.id) AS endIds
}
WITH ends, datetime($now) AS now WHERE endIds = $actorIds
UNWIND $rows AS row
WITH ends[row.s] AS s, ends[row.t] AS t, row, now
CREATE (s)<-[:SOURCE]-(c:Collaboration)-[:TARGET]->(t)
SET c = row.props, c.mappingId = $mappingId, c.roundId = $roundId, c.createdAt = coalesce(datetime(row.createdAt), now), c.updatedAt = coalesce(datetime(row.updatedAt), now)
RETURN count(c) AS created
