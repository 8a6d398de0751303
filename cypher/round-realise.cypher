// A scenario's declared gaps become active ties.
MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId})
WHERE c.status IN $statuses
SET c.status = 'active', c.updatedAt = datetime($now)
