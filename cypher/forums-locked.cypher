// Locks these forums in id order, then reads them with their members (see actors-locked.cypher).
UNWIND $ids AS id
MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK f:Forum(mappingId, roundId, id)
WITH f ORDER BY f.id
SET f._lock = true
REMOVE f._lock
RETURN f {.*, createdAt: f.createdAt.epochMillis, updatedAt: f.updatedAt.epochMillis, members: COLLECT {
  MATCH (a:Actor)-[m:MEMBER_OF]->(f) RETURN {actorId: a.id, role: m.role} AS member ORDER BY a.id
}} AS forum
