// The ids the round holds that are not in these lists, per kind: what a replace import deletes.
RETURN
  COLLECT { MATCH (s:Source {mappingId: $mappingId, roundId: $roundId}) WHERE NOT s.id IN $sources RETURN s.id ORDER BY s.id } AS sources,
  COLLECT { MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId}) WHERE NOT a.id IN $actors RETURN a.id ORDER BY a.id } AS actors,
  COLLECT { MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId}) WHERE NOT f.id IN $forums RETURN f.id ORDER BY f.id } AS forums,
  COLLECT {
    MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId}) WHERE NOT c.id IN $collaborations RETURN c.id ORDER BY c.id
  } AS collaborations
