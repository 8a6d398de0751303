// The round (with its version, as round-list.cypher) and whether its mapping exists.
OPTIONAL MATCH (m:Mapping {id: $mappingId})
OPTIONAL MATCH (r:Round {mappingId: $mappingId, id: $roundId})
RETURN m IS NOT NULL AS mappingExists,
  CASE WHEN r IS NULL THEN null
  ELSE r {.*, version: reduce(total = r.base, v IN COLLECT { MATCH (s:Meta {mappingId: r.mappingId, roundId: r.id}) RETURN s.version } | total + v)} END AS round
