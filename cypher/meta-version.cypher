// The graph version: the sum of the counters meta-bump.cypher keeps.
OPTIONAL MATCH (m:Meta)
WHERE m.key STARTS WITH 'graph'
RETURN coalesce(sum(m.version), 0) AS version
