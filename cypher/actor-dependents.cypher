MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId, id: $id}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
RETURN
  COUNT { (a)<-[:SOURCE|TARGET]-(:Collaboration) } AS collaborations,
  COUNT { (a)-[:MEMBER_OF]->(:Forum) } AS memberships,
  COUNT { (a)<-[:PART_OF]-(:Actor) } AS units
