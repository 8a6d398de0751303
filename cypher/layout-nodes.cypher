// Which of $actorIds and $forumIds the round holds: what a layout may position. One key seek per id
// (hinted: the planner sometimes scanned the key index instead).
RETURN
  COLLECT {
    MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK a:Actor(mappingId, roundId, id)
    WHERE a.id IN $actorIds RETURN a.id
  } AS actors,
  COLLECT {
    MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK f:Forum(mappingId, roundId, id)
    WHERE f.id IN $forumIds RETURN f.id
  } AS forums
