// Which of the referenced ids exist, with each actor's sector (collaboration types need it).
RETURN
  COLLECT { MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId}) WHERE a.id IN $actorIds RETURN {id: a.id, sector: a.sector} } AS actors,
  COLLECT { MATCH (s:Source {mappingId: $mappingId, roundId: $roundId}) WHERE s.id IN $sourceIds RETURN s.id } AS sources
