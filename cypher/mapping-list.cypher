MATCH (m:Mapping)
RETURN m {.*} AS mapping
ORDER BY m.id
