// Which of $actorIds and $forumIds the round holds: what a layout may position.
RETURN
  COLLECT { MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId}) WHERE a.id IN $actorIds RETURN a.id } AS actors,
  COLLECT { MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId}) WHERE f.id IN $forumIds RETURN f.id } AS forums
