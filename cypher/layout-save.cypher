// Replaces the round's layout whole (one node per round: constraint layout_key).
MERGE (l:Layout {mappingId: $mappingId, roundId: $roundId})
SET l.positions = $positions, l.savedAt = $savedAt
