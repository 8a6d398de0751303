// A round's ties for its snapshot, one list per tie in the order of COLLABORATION_COLUMNS
// (server/store/neo4j/snapshot-rows.ts), for the reasons and in the order actor-all.cypher gives;
// the strength too is a float, a plain number on arrival. SOURCE and TARGET lead to actors only
// (the write flows make them), so their ends are not checked for the label.
MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId})
  USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
WHERE c.id IS NOT NULL
MATCH (s)<-[:SOURCE]-(c)-[:TARGET]->(t)
WITH c, properties(c) AS p, s.id AS source, t.id AS target
RETURN [p.id, source, target, p.type, p.status, p.areas, p.forms, toFloat(p.strength), p.since, p.until, p.directed,
  p.neighbourhoods, p.description, p.descriptionSv, p.evidence, toFloat(p.createdAt.epochMillis),
  toFloat(p.updatedAt.epochMillis)] AS row
ORDER BY c.mappingId, c.roundId, c.id
