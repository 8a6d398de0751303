// Keyset pagination by id; a null parameter means "no filter". $actor: forums it is a member of.
MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId})
WHERE ($after IS NULL OR f.id > $after)
  AND ($area IS NULL OR $area IN f.areas)
  AND ($actor IS NULL OR EXISTS { MATCH (x:Actor {mappingId: $mappingId, roundId: $roundId, id: $actor})-[:MEMBER_OF]->(f) USING INDEX SEEK x:Actor(mappingId, roundId, id) })
WITH f
ORDER BY f.id
LIMIT $limit
RETURN f {.*, createdAt: f.createdAt.epochMillis, updatedAt: f.updatedAt.epochMillis, members: COLLECT {
  MATCH (a:Actor)-[m:MEMBER_OF]->(f) RETURN {actorId: a.id, role: m.role} AS member ORDER BY a.id
}} AS forum
ORDER BY forum.id
