MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: $id})
RETURN a {.*, parentId: head(COLLECT { MATCH (a)-[:PART_OF]->(p:Actor) RETURN p.id })} AS actor
