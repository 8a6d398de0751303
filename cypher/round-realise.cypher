// A scenario's declared gaps become active ties. The hint and the id range make this one seek of
// the round's key index; left to itself the planner sometimes scanned that index across all rounds.
MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId})
  USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
WHERE c.id > '' AND c.status IN $statuses
SET c.status = 'active', c.updatedAt = datetime($now)
