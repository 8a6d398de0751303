// The round's saved layout; its positions are JSON text, as a node property holds no map.
MATCH (l:Layout {mappingId: $mappingId, roundId: $roundId})
RETURN l.positions AS positions, l.savedAt AS savedAt
