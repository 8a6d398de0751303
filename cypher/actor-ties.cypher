// The ties of the given actors with both ends' current sectors, to recompute their types.
MATCH (s:Actor)<-[:SOURCE]-(c:Collaboration)-[:TARGET]->(t:Actor)
WHERE s.id IN $ids OR t.id IN $ids
RETURN c.id AS id, c.type AS type, s.sector AS sourceSector, t.sector AS targetSector
