// The default round of the short routes: the latest observed round (by the date it observes, then
// id) of the oldest mapping (by when it was made, then id), with its version as round-list.cypher.
MATCH (m:Mapping)
WITH m ORDER BY m.createdAt, m.id LIMIT 1
MATCH (r:Round {mappingId: m.id})
WHERE r.kind = 'observed'
WITH r ORDER BY r.observedOn DESC, r.id DESC LIMIT 1
RETURN r {.*, version: reduce(total = r.base, v IN COLLECT { MATCH (s:Meta {mappingId: r.mappingId, roundId: r.id}) RETURN s.version } | total + v)} AS round
