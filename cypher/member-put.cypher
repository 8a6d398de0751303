MATCH (a:Actor {id: $actorId}), (f:Forum {id: $forumId})
MERGE (a)-[m:MEMBER_OF]->(f)
SET m.role = $role, f.updatedAt = datetime($now)
