// Which of the referenced ids exist, with each actor's sector (collaboration types need it).
RETURN
  COLLECT { MATCH (a:Actor) WHERE a.id IN $actorIds RETURN {id: a.id, sector: a.sector} } AS actors,
  COLLECT { MATCH (s:Source) WHERE s.id IN $sourceIds RETURN s.id } AS sources
