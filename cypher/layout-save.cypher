// Replaces the round's layout whole (one node per round: constraint layout_key), after locking the
// round as layout-locked.cypher does: a first layout that found none cannot then replace this save.
MATCH (r:Round {mappingId: $mappingId, id: $roundId})
SET r._lock = true
REMOVE r._lock
WITH r
MERGE (l:Layout {mappingId: $mappingId, roundId: $roundId})
SET l.positions = $positions, l.savedAt = $savedAt
