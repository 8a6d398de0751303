// A round's version: its base (the store-wide count when it was made) plus its own counters.
MATCH (r:Round {mappingId: $mappingId})
RETURN r {.*, version: reduce(total = r.base, v IN COLLECT { MATCH (s:Meta {mappingId: r.mappingId, roundId: r.id}) RETURN s.version } | total + v)} AS round
ORDER BY r.observedOn, r.id
