// Everything in one round, its layout, its counters and the round itself.
CALL () {
  MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId})
  DETACH DELETE c
}
CALL () {
  MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId})
  DETACH DELETE f
}
CALL () {
  MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId})
  DETACH DELETE a
}
CALL () {
  MATCH (s:Source {mappingId: $mappingId, roundId: $roundId})
  DELETE s
}
CALL () {
  MATCH (l:Layout {mappingId: $mappingId, roundId: $roundId})
  DELETE l
}
CALL () {
  MATCH (m:Meta {mappingId: $mappingId, roundId: $roundId})
  DELETE m
}
MATCH (r:Round {mappingId: $mappingId, id: $roundId})
DELETE r
