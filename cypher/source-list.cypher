MATCH (s:Source {mappingId: $mappingId, roundId: $roundId})
RETURN s {.*} AS source
ORDER BY s.id
