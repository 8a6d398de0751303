// Locks these ties in id order, then reads them (see actors-locked.cypher). A round without ties
// holds none of them: for a batch (a fresh import's 100 000 ids) one seek of the round's index then
// spares a locking seek per id. A single id is sought even so: the key lock that seek takes makes
// a concurrent create of the same tie wait, and a put then finds it instead of meeting a 409.
UNWIND CASE
  WHEN size($ids) = 1 OR EXISTS { MATCH (held:Collaboration {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK held:Collaboration(mappingId, roundId) } THEN $ids
  ELSE []
END AS id
MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
WITH c ORDER BY c.id
SET c._lock = true
REMOVE c._lock
WITH c
MATCH (s:Actor)<-[:SOURCE]-(c)-[:TARGET]->(t:Actor)
RETURN c {.*, createdAt: c.createdAt.epochMillis, updatedAt: c.updatedAt.epochMillis, source: s.id, target: t.id} AS collaboration
