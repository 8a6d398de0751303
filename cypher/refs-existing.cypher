// Which of the referenced ids exist, with each actor's sector (collaboration types need it). One
// unique-index seek per id: after a bulk import the planner otherwise filtered the round's index.
// A round without actors (a fresh import's) is asked once instead of once per id.
RETURN
  COLLECT {
    UNWIND CASE WHEN EXISTS { MATCH (held:Actor {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK held:Actor(mappingId, roundId) } THEN $actorIds ELSE [] END AS id
    MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
    RETURN {id: a.id, sector: a.sector}
  } AS actors,
  COLLECT {
    UNWIND $sourceIds AS id
    MATCH (s:Source {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK s:Source(mappingId, roundId, id)
    RETURN s.id
  } AS sources
