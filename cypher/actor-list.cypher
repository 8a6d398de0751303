// Keyset pagination by id; a null parameter means "no filter". $q is already a search key.
MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId})
WHERE ($after IS NULL OR a.id > $after)
  AND ($sector IS NULL OR a.sector = $sector)
  AND ($area IS NULL OR $area IN a.areas)
  AND ($q IS NULL OR a.searchName CONTAINS $q)
WITH a
ORDER BY a.id
LIMIT $limit
RETURN a {.*, createdAt: a.createdAt.epochMillis, updatedAt: a.updatedAt.epochMillis, parentId: head(COLLECT { MATCH (a)-[:PART_OF]->(p:Actor) RETURN p.id })} AS actor
ORDER BY actor.id
