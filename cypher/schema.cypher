// Run statement by statement by Neo4jStore.init(); every statement is idempotent.
// Node uniqueness constraints exist in Community edition; they also back the id lookups.
// Records are scoped to a round: their key is (mappingId, roundId, id), so actor and forum ids
// repeat across rounds and mappings. The one-id constraints of earlier releases go first.
DROP CONSTRAINT actor_id IF EXISTS;
DROP CONSTRAINT collaboration_id IF EXISTS;
DROP CONSTRAINT forum_id IF EXISTS;
DROP CONSTRAINT source_id IF EXISTS;
CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (a:Actor) REQUIRE (a.mappingId, a.roundId, a.id) IS UNIQUE;
CREATE CONSTRAINT collaboration_key IF NOT EXISTS FOR (c:Collaboration) REQUIRE (c.mappingId, c.roundId, c.id) IS UNIQUE;
CREATE CONSTRAINT forum_key IF NOT EXISTS FOR (f:Forum) REQUIRE (f.mappingId, f.roundId, f.id) IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (s:Source) REQUIRE (s.mappingId, s.roundId, s.id) IS UNIQUE;
CREATE CONSTRAINT mapping_id IF NOT EXISTS FOR (m:Mapping) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT round_key IF NOT EXISTS FOR (r:Round) REQUIRE (r.mappingId, r.id) IS UNIQUE;
// One layout per round, found by the round's pair.
CREATE CONSTRAINT layout_key IF NOT EXISTS FOR (l:Layout) REQUIRE (l.mappingId, l.roundId) IS UNIQUE;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE;
// The history: ids sort by time, so the constraint's index also serves newest-first pages.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE INDEX change_round IF NOT EXISTS FOR (c:Change) ON (c.mappingId, c.roundId);
CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.entityId);
CREATE INDEX change_who IF NOT EXISTS FOR (c:Change) ON (c.who);
// A whole round's records (lists, snapshots, copies, deletes) by an index seek on the pair.
CREATE INDEX actor_round IF NOT EXISTS FOR (a:Actor) ON (a.mappingId, a.roundId);
CREATE INDEX collaboration_round IF NOT EXISTS FOR (c:Collaboration) ON (c.mappingId, c.roundId);
CREATE INDEX forum_round IF NOT EXISTS FOR (f:Forum) ON (f.mappingId, f.roundId);
CREATE INDEX source_round IF NOT EXISTS FOR (s:Source) ON (s.mappingId, s.roundId);
CREATE INDEX meta_round IF NOT EXISTS FOR (m:Meta) ON (m.mappingId, m.roundId);
CREATE INDEX round_mapping IF NOT EXISTS FOR (r:Round) ON (r.mappingId);
CREATE INDEX actor_sector IF NOT EXISTS FOR (a:Actor) ON (a.sector);
// No text index on Actor.searchName: actor-list's optional filter ($q IS NULL OR … CONTAINS $q)
// is a filter after the round's index seek, so the index served no query, yet keeping its Lucene
// files current cost most of every actor write (bench/store-writes.ts). Dropped where an earlier
// release made it.
DROP INDEX actor_search_name IF EXISTS;
CREATE INDEX collaboration_status IF NOT EXISTS FOR (c:Collaboration) ON (c.status);
CREATE INDEX collaboration_type IF NOT EXISTS FOR (c:Collaboration) ON (c.type);
