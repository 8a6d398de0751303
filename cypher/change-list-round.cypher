// One round's history newest first (change-list.cypher for the other filters): a range seek on the
// round's (mappingId, roundId, id) index from the cursor down, so a round's page reads its own
// changes, not every newer change of every other round.
MATCH (c:Change {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK c:Change(mappingId, roundId, id)
WHERE c.id < $before
  AND ($entity IS NULL OR c.entity = $entity)
  AND ($entityId IS NULL OR c.entityId = $entityId)
  AND ($who IS NULL OR c.who = $who)
  AND ($since IS NULL OR c.at >= $since)
  AND ($actor IS NULL OR $actor IN c.actors)
RETURN c {.*} AS change
ORDER BY c.id DESC
LIMIT $limit
