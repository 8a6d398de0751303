MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId, id: $id}) USING INDEX SEEK c:Collaboration(mappingId, roundId, id)
DETACH DELETE c
RETURN 1 AS deleted
