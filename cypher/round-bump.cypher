// Runs once at the end of every write transaction that changed a round: the store-wide counter
// and the round's counter of the writer's $slot (meta-bump.cypher says why).
MERGE (g:Meta {key: 'graph-' + $slot})
ON CREATE SET g.version = 0
SET g.version = g.version + 1
WITH count(*) AS done
MERGE (m:Meta {key: 'round:' + $mappingId + '/' + $roundId + '#' + $slot})
ON CREATE SET m.version = 0, m.mappingId = $mappingId, m.roundId = $roundId
SET m.version = m.version + 1
