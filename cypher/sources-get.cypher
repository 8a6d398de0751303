// One key seek per id (hinted: with a list of ids the planner sometimes scanned the key index).
MATCH (s:Source {mappingId: $mappingId, roundId: $roundId})
  USING INDEX SEEK s:Source(mappingId, roundId, id)
WHERE s.id IN $ids
RETURN s {.*} AS source
ORDER BY s.id
