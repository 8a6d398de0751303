// Run statement by statement by Neo4jStore.init(); every statement is idempotent.
// Node uniqueness constraints exist in Community edition; they also back the id lookups.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT collaboration_id IF NOT EXISTS FOR (c:Collaboration) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT forum_id IF NOT EXISTS FOR (f:Forum) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE;
CREATE INDEX actor_sector IF NOT EXISTS FOR (a:Actor) ON (a.sector);
// Name search is CONTAINS, which a text index serves and a range index does not.
CREATE TEXT INDEX actor_search_name IF NOT EXISTS FOR (a:Actor) ON (a.searchName);
CREATE INDEX collaboration_status IF NOT EXISTS FOR (c:Collaboration) ON (c.status);
CREATE INDEX collaboration_type IF NOT EXISTS FOR (c:Collaboration) ON (c.type);
