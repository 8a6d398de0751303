// Takes the write lock on the ties of these actors, in id order, before actor-ties.cypher reads
// the other ends' sectors: a concurrent sector change at the other end then either finished
// before (and is read) or waits for this transaction (and retypes after it).
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:SOURCE|TARGET]-(c:Collaboration)
WITH DISTINCT c ORDER BY c.id
SET c._lock = true
REMOVE c._lock
