// Runs once at the end of every write transaction that changed something.
MERGE (m:Meta {key: 'graph'})
ON CREATE SET m.version = 0
SET m.version = m.version + 1
RETURN m.version AS version
