MATCH (s:Source {mappingId: $mappingId, roundId: $roundId})
WHERE s.id IN $ids
RETURN s {.*} AS source
ORDER BY s.id
