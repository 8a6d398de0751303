MATCH (s:Actor)<-[:SOURCE]-(c:Collaboration {mappingId: $mappingId, roundId: $roundId, id: $id})-[:TARGET]->(t:Actor) USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
RETURN c {.*, createdAt: c.createdAt.epochMillis, updatedAt: c.updatedAt.epochMillis, source: s.id, target: t.id} AS collaboration
