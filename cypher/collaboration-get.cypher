MATCH (s:Actor)<-[:SOURCE]-(c:Collaboration {id: $id})-[:TARGET]->(t:Actor)
RETURN c {.*, source: s.id, target: t.id} AS collaboration
