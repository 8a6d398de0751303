// Runs once at the end of every write transaction that changed something. The version is the
// sum over a few counter nodes and each write bumps one of them ($shard, picked at random), so
// concurrent writers do not all queue for one node's lock: the sum still grows by exactly one
// per write. ('graph', the one counter of earlier releases, stays part of the sum.)
MERGE (m:Meta {key: $shard})
ON CREATE SET m.version = 0
SET m.version = m.version + 1
