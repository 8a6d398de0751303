// Takes the write lock on these forums, in id order (see actors-lock.cypher).
UNWIND $ids AS id
MATCH (f:Forum {id: id})
WITH f ORDER BY f.id
SET f._lock = true
REMOVE f._lock
