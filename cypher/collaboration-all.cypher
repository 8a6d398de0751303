// The hint: without it the planner scanned every round's ties in id order to skip the sort.
MATCH (s:Actor)<-[:SOURCE]-(c:Collaboration {mappingId: $mappingId, roundId: $roundId})-[:TARGET]->(t:Actor)
  USING INDEX SEEK c:Collaboration(mappingId, roundId)
RETURN c {.*, createdAt: c.createdAt.epochMillis, updatedAt: c.updatedAt.epochMillis, source: s.id, target: t.id} AS collaboration
ORDER BY c.id
