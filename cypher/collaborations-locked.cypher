// Locks these ties in id order, then reads them (see actors-locked.cypher).
UNWIND $ids AS id
MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
WITH c ORDER BY c.id
SET c._lock = true
REMOVE c._lock
WITH c
MATCH (s:Actor)<-[:SOURCE]-(c)-[:TARGET]->(t:Actor)
RETURN c {.*, createdAt: c.createdAt.epochMillis, updatedAt: c.updatedAt.epochMillis, source: s.id, target: t.id} AS collaboration
