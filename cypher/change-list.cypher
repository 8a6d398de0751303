// The history newest first: a range seek down the id constraint's index from the cursor ($before
// is '~' on the first page, above every id), the filters applied to what it finds.
MATCH (c:Change)
WHERE c.id < $before
  AND ($mappingId IS NULL OR c.mappingId = $mappingId)
  AND ($roundId IS NULL OR c.roundId = $roundId)
  AND ($entity IS NULL OR c.entity = $entity)
  AND ($entityId IS NULL OR c.entityId = $entityId)
  AND ($who IS NULL OR c.who = $who)
  AND ($since IS NULL OR c.at >= $since)
  AND ($actor IS NULL OR $actor IN c.actors)
RETURN c {.*} AS change
ORDER BY c.id DESC
LIMIT $limit
