MATCH (c:Collaboration {mappingId: $mappingId, roundId: $roundId, id: $id})
DETACH DELETE c
RETURN 1 AS deleted
