// Migration, once: the records of a release before mappings (no mappingId) join the legacy
// round. Returns how many were adopted (the adapter then makes the mapping and round) and the
// round's sources. Later starts find nothing to adopt.
CALL () {
  MATCH (n:Actor) WHERE n.mappingId IS NULL
  SET n.mappingId = $mappingId, n.roundId = $roundId
  RETURN count(n) AS actors
}
CALL () {
  MATCH (n:Collaboration) WHERE n.mappingId IS NULL
  SET n.mappingId = $mappingId, n.roundId = $roundId
  RETURN count(n) AS ties
}
CALL () {
  MATCH (n:Forum) WHERE n.mappingId IS NULL
  SET n.mappingId = $mappingId, n.roundId = $roundId
  RETURN count(n) AS forums
}
CALL () {
  MATCH (n:Source) WHERE n.mappingId IS NULL
  SET n.mappingId = $mappingId, n.roundId = $roundId
  RETURN count(n) AS sources
}
RETURN actors + ties + forums + sources AS adopted,
  COLLECT { MATCH (s:Source {mappingId: $mappingId, roundId: $roundId}) RETURN s.id ORDER BY s.id } AS sourceIds
