MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: $id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
RETURN a {.*, createdAt: a.createdAt.epochMillis, updatedAt: a.updatedAt.epochMillis, parentId: head(COLLECT { MATCH (a)-[:PART_OF]->(p:Actor) RETURN p.id })} AS actor
