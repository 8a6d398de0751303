MATCH (f:Forum {id: $id})
DETACH DELETE f
RETURN 1 AS deleted
