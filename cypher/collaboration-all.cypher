// A round's ties for its snapshot, one list per tie in the order of COLLABORATION_COLUMNS
// (server/store/neo4j/snapshot-rows.ts), for the reasons actor-all.cypher gives; the strength
// too is a float, a plain number on arrival.
// The hint: without it the planner scanned every round's ties in id order to skip the sort.
MATCH (s:Actor)<-[:SOURCE]-(c:Collaboration {mappingId: $mappingId, roundId: $roundId})-[:TARGET]->(t:Actor)
  USING INDEX SEEK c:Collaboration(mappingId, roundId)
WITH properties(c) AS p, s.id AS source, t.id AS target
RETURN [p.id, source, target, p.type, p.status, p.areas, p.forms, toFloat(p.strength), p.since, p.until, p.directed,
  p.neighbourhoods, p.description, p.descriptionSv, p.evidence, toFloat(p.createdAt.epochMillis),
  toFloat(p.updatedAt.epochMillis)] AS row
ORDER BY p.id
