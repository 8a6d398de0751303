MATCH (s:Actor)<-[:SOURCE]-(c:Collaboration {mappingId: $mappingId, roundId: $roundId})-[:TARGET]->(t:Actor)
RETURN c {.*, source: s.id, target: t.id} AS collaboration
ORDER BY c.id
