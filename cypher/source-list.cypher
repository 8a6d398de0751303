MATCH (s:Source)
RETURN s {.*} AS source
ORDER BY s.id
