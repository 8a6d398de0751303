// Which of $ids are actors or forums of the round: what a layout may position.
RETURN
  COLLECT { MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId}) WHERE a.id IN $ids RETURN a.id } +
  COLLECT { MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId}) WHERE f.id IN $ids RETURN f.id } AS ids
