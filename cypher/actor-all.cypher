// A round's actors for its snapshot, one list per actor in the order of ACTOR_COLUMNS
// (server/store/neo4j/snapshot-rows.ts): a list, not a map, so no key is sent or decoded per record;
// properties(a) reads the node's properties in one go, which cost the server less than one lookup per
// field (bench/README.md, compare.ts).
// The stamps are epoch milliseconds as floats, which the driver hands over as plain numbers.
// The round's key index is read in key order, so ORDER BY (mappingId, roundId, id), which is id
// order within the round, needs no sort.
MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId})
  USING INDEX SEEK a:Actor(mappingId, roundId, id)
WHERE a.id IS NOT NULL
WITH a, properties(a) AS p
RETURN [p.id, p.name, p.sector, head(COLLECT { MATCH (a)-[:PART_OF]->(parent:Actor) RETURN parent.id }), p.areas, p.neighbourhoods,
  p.targetGroups, p.description, p.descriptionSv, p.website, p.evidence, toFloat(p.createdAt.epochMillis),
  toFloat(p.updatedAt.epochMillis)] AS row
ORDER BY a.mappingId, a.roundId, a.id
