// One entry in the history, in the write's own transaction. before/after/counts are JSON text:
// they are read whole, never queried. $mappingId and $roundId (null for a mapping's change) say where.
CREATE (c:Change)
SET c = $props, c.mappingId = $mappingId, c.roundId = $roundId
