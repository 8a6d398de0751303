// The ids the round holds that are not in these lists, per kind: what a replace import deletes.
// Each reads the round's part of its label's key index (a seek on the round, as the hint says).
RETURN
  COLLECT {
    MATCH (s:Source {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK s:Source(mappingId, roundId, id)
    WHERE s.id IS NOT NULL AND NOT s.id IN $sources
    RETURN s.id ORDER BY s.id
  } AS sources,
  COLLECT {
    MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
    WHERE a.id IS NOT NULL AND NOT a.id IN $actors
    RETURN a.id ORDER BY a.id
  } AS actors,
  COLLECT {
    MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK f:Forum(mappingId, roundId, id)
    WHERE f.id IS NOT NULL AND NOT f.id IN $forums
    RETURN f.id ORDER BY f.id
  } AS forums,
  COLLECT {
    MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
    WHERE c.id IS NOT NULL AND NOT c.id IN $collaborations
    RETURN c.id ORDER BY c.id
  } AS collaborations
