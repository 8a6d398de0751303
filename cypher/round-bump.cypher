// Runs once at the end of every write transaction that changed a round: one of the store-wide
// counters and one of the round's (both picked at random, as meta-bump.cypher says why).
MERGE (g:Meta {key: $shard})
ON CREATE SET g.version = 0
SET g.version = g.version + 1
WITH count(*) AS done
MERGE (m:Meta {key: $roundShard})
ON CREATE SET m.version = 0, m.mappingId = $mappingId, m.roundId = $roundId
SET m.version = m.version + 1
