MATCH (s:Actor)<-[:SOURCE]-(c:Collaboration)-[:TARGET]->(t:Actor)
WHERE c.id IN $ids
RETURN c {.*, source: s.id, target: t.id} AS collaboration
ORDER BY c.id
