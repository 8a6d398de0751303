MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId, id: $id}) USING INDEX SEEK f:Forum(mappingId, roundId, id)
RETURN f {.*, createdAt: f.createdAt.epochMillis, updatedAt: f.updatedAt.epochMillis, members: COLLECT {
  MATCH (a:Actor)-[m:MEMBER_OF]->(f) RETURN {actorId: a.id, role: m.role} AS member ORDER BY a.id
}} AS forum
