// The ties of these actors with both ends' current sectors, to recompute their types. Each tie
// is locked (in id order) before the sectors are read: a concurrent sector change at the other
// end then either committed before (and is read here) or waits for this transaction (and
// retypes the tie after it).
UNWIND $ids AS id
MATCH (x:Actor {mappingId: $mappingId, roundId: $roundId, id: id})<-[:SOURCE|TARGET]-(c:Collaboration) USING INDEX SEEK x:Actor(mappingId, roundId, id)
WITH DISTINCT c ORDER BY c.id
SET c._lock = true
REMOVE c._lock
WITH c
MATCH (s:Actor)<-[:SOURCE]-(c)-[:TARGET]->(t:Actor)
RETURN c.id AS id, c.type AS type, s.sector AS sourceSector, t.sector AS targetSector
