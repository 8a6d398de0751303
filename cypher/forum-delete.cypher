MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId, id: $id}) USING INDEX SEEK f:Forum(mappingId, roundId, id)
DETACH DELETE f
RETURN 1 AS deleted
