// The round's layout, read after locking the round: a first layout is kept only while the round
// has none, so writers of one round's first layout queue here, and each reads what the one before
// it committed. Setting and removing a marker stores nothing, but holds the lock to the end.
MATCH (r:Round {mappingId: $mappingId, id: $roundId})
SET r._lock = true
REMOVE r._lock
WITH r
MATCH (l:Layout {mappingId: $mappingId, roundId: $roundId})
RETURN l.positions AS positions, l.savedAt AS savedAt
