// Keyset pagination by id; a null parameter means "no filter". $actor matches either end.
MATCH (s:Actor)<-[:SOURCE]-(c:Collaboration {mappingId: $mappingId, roundId: $roundId})-[:TARGET]->(t:Actor)
WHERE ($after IS NULL OR c.id > $after)
  AND ($actor IS NULL OR s.id = $actor OR t.id = $actor)
  AND ($type IS NULL OR c.type = $type)
  AND ($status IS NULL OR c.status = $status)
  AND ($area IS NULL OR $area IN c.areas)
RETURN c {.*, source: s.id, target: t.id} AS collaboration
ORDER BY c.id
LIMIT $limit
