MATCH (:Actor {id: $actorId})-[m:MEMBER_OF]->(f:Forum {id: $forumId})
DELETE m
SET f.updatedAt = datetime($now)
RETURN 1 AS deleted
