MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId, id: $id})
DETACH DELETE f
RETURN 1 AS deleted
