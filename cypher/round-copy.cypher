// Copies round $roundId's graph into round $to of the same mapping: nodes with their properties,
// then the relationships between the copies, and the round's layout. One query, one transaction.
// The hints keep every step an index seek: the planner otherwise scanned every PART_OF tie of
// every round, and on a small database now and then an index (test/store/plans-neo4j.test.ts).
CALL () {
  MATCH (s:Source {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK s:Source(mappingId, roundId)
  CREATE (copy:Source)
  SET copy = s {.*, roundId: $to}
}
CALL () {
  MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK a:Actor(mappingId, roundId)
  CREATE (copy:Actor)
  SET copy = a {.*, roundId: $to}
}
CALL () {
  MATCH (f:Forum {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK f:Forum(mappingId, roundId)
  CREATE (copy:Forum)
  SET copy = f {.*, roundId: $to}
}
CALL () {
  MATCH (a:Actor {mappingId: $mappingId, roundId: $roundId})-[:PART_OF]->(p:Actor) USING INDEX SEEK a:Actor(mappingId, roundId)
  MATCH (u:Actor {mappingId: $mappingId, roundId: $to, id: a.id}), (parent:Actor {mappingId: $mappingId, roundId: $to, id: p.id})
    USING INDEX SEEK u:Actor(mappingId, roundId, id) USING INDEX SEEK parent:Actor(mappingId, roundId, id)
  CREATE (u)-[:PART_OF]->(parent)
}
CALL () {
  MATCH (a:Actor)-[m:MEMBER_OF]->(f:Forum {mappingId: $mappingId, roundId: $roundId}) USING INDEX SEEK f:Forum(mappingId, roundId)
  MATCH (member:Actor {mappingId: $mappingId, roundId: $to, id: a.id}), (forum:Forum {mappingId: $mappingId, roundId: $to, id: f.id})
    USING INDEX SEEK member:Actor(mappingId, roundId, id) USING INDEX SEEK forum:Forum(mappingId, roundId, id)
  CREATE (member)-[:MEMBER_OF {role: m.role}]->(forum)
}
CALL () {
  MATCH (s:Actor)<-[:SOURCE]-(c:Collaboration {mappingId: $mappingId, roundId: $roundId})-[:TARGET]->(t:Actor) USING INDEX SEEK c:Collaboration(mappingId, roundId)
  MATCH (source:Actor {mappingId: $mappingId, roundId: $to, id: s.id}), (target:Actor {mappingId: $mappingId, roundId: $to, id: t.id})
    USING INDEX SEEK source:Actor(mappingId, roundId, id) USING INDEX SEEK target:Actor(mappingId, roundId, id)
  CREATE (source)<-[:SOURCE]-(copy:Collaboration)-[:TARGET]->(target)
  SET copy = c {.*, roundId: $to}
}
CALL () {
  MATCH (l:Layout {mappingId: $mappingId, roundId: $roundId})
  CREATE (copy:Layout)
  SET copy = l {.*, roundId: $to}
}
