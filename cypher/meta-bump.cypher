// Runs once at the end of every write transaction that changed something. The version is the
// sum over a few counter nodes and each writer bumps the one of its $slot (counter-slots.ts:
// no two writers in flight share one), so concurrent writers do not queue for one node's lock:
// the sum still grows by exactly one per write. ('graph', the one counter of earlier releases,
// and the randomly picked 'graph-N' of later ones stay part of the sum.)
MERGE (m:Meta {key: 'graph-' + $slot})
ON CREATE SET m.version = 0
SET m.version = m.version + 1
