OPTIONAL MATCH (m:Meta {key: 'graph'})
RETURN coalesce(m.version, 0) AS version
