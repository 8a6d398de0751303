MATCH (c:Collaboration {id: $id})
DETACH DELETE c
RETURN 1 AS deleted
