MATCH (s:Source)
WHERE s.id IN $ids
RETURN s {.*} AS source
ORDER BY s.id
