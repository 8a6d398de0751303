// The ids of what refers to an actor: what deleting it with cascade takes along or changes.
MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: $id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
RETURN
  COLLECT { MATCH (a)<-[:SOURCE|TARGET]-(c:Collaboration) RETURN DISTINCT c.id ORDER BY c.id } AS collaborations,
  COLLECT { MATCH (a)-[:MEMBER_OF]->(f:Forum) RETURN f.id ORDER BY f.id } AS forums,
  COLLECT { MATCH (a)<-[:PART_OF]-(u:Actor) RETURN u.id ORDER BY u.id } AS units
