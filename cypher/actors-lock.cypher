// Takes the write lock on these actors, in id order (one order for every writer, so two writers
// of the same pair queue instead of deadlocking). Setting and removing a marker changes nothing
// that is stored, but the lock is held until the transaction ends.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH a ORDER BY a.id
SET a._lock = true
REMOVE a._lock
