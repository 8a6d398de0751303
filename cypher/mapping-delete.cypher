// The adapter deletes the mapping's rounds first (round-delete.cypher).
MATCH (m:Mapping {id: $id})
DELETE m
