// Keyset pagination by id; a null parameter means "no filter". $actor matches either end. The
// range on id ('' sorts before every id) lets one seek of the round's key index return the ties in
// id order from $after on; without the hint the planner scanned that index across all rounds.
MATCH (s:Actor)<-[:SOURCE]-(c:Collaboration {mappingId: $mappingId, roundId: $roundId})-[:TARGET]->(t:Actor)
  USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
WHERE c.id > coalesce($after, '')
  AND ($actor IS NULL OR s.id = $actor OR t.id = $actor)
  AND ($type IS NULL OR c.type = $type)
  AND ($status IS NULL OR c.status = $status)
  AND ($area IS NULL OR $area IN c.areas)
RETURN c {.*, createdAt: c.createdAt.epochMillis, updatedAt: c.updatedAt.epochMillis, source: s.id, target: t.id} AS collaboration
ORDER BY c.id
LIMIT $limit
