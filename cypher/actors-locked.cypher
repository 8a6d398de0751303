// Locks these actors, in id order (one order for every writer, so two writers of one pair queue
// rather than deadlock), then reads them. Setting and removing a marker stores nothing, but the
// lock is held until the transaction ends, and what is read after it is the latest commit.
// A round without actors holds none of them: a batch (a fresh import's) then skips the seeks, as
// collaborations-locked.cypher explains; a single id is always sought.
UNWIND CASE
  WHEN size($ids) = 1 OR EXISTS { MATCH (held:Actor {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK held:Actor(mappingId, roundId) } THEN $ids
  ELSE []
END AS id
MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
WITH a ORDER BY a.id
SET a._lock = true
REMOVE a._lock
RETURN a {.*, createdAt: a.createdAt.epochMillis, updatedAt: a.updatedAt.epochMillis, parentId: head(COLLECT { MATCH (a)-[:PART_OF]->(p:Actor) RETURN p.id })} AS actor
