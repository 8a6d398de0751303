MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId})
RETURN a {.*, createdAt: a.createdAt.epochMillis, updatedAt: a.updatedAt.epochMillis, parentId: head(COLLECT { MATCH (a)-[:PART_OF]->(p:Actor) RETURN p.id })} AS actor
ORDER BY a.id
