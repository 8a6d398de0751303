// A round's version: its base (the store-wide count when it was made) plus its own counters.
MATCH (r:Round {mappingId: $mappingId})
RETURN r {.*, version: r.base + coalesce(head(COLLECT { MATCH (s:Meta {mappingId: r.mappingId, roundId: r.id}) RETURN sum(s.version) }), 0)} AS round
ORDER BY r.observedOn, r.id
