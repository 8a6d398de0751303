// Takes the write lock on these ties, in id order (see actors-lock.cypher).
UNWIND $ids AS id
MATCH (c:Collaboration {id: id})
WITH c ORDER BY c.id
SET c._lock = true
REMOVE c._lock
