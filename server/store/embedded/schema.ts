// The embedded store's tables. Identity, references and the columns lists filter on are real
// columns with foreign keys (ON DELETE RESTRICT) and indexes, so SQLite itself refuses dangling
// ties; lists and evidence are JSON text because they are read whole and filtered with json_each.
// Vocabulary columns (sector, status, …) carry no CHECK: the vocabulary is data that may grow,
// and the zod schemas already guard it at the edge.
//
// The schema grows by migrations, numbered by their place in MIGRATIONS and counted in SQLite's
// user_version: a database made by an older release gets exactly the steps it lacks. A step is
// never edited once released; a change is a new step at the end.
import type Database from 'better-sqlite3';

/** The tables as first released (user_version 0 databases hold these, or nothing yet). */
const FIRST_SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) STRICT;
INSERT OR IGNORE INTO meta (key, value) VALUES ('version', 0);

CREATE TABLE IF NOT EXISTS sources (
  id        TEXT PRIMARY KEY,
  title     TEXT NOT NULL,
  authors   TEXT NOT NULL,
  year      INTEGER NOT NULL,
  publisher TEXT,
  url       TEXT
) STRICT;

CREATE TABLE IF NOT EXISTS actors (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  name_key       TEXT NOT NULL, -- searchKey(name); substring search, so no index would help
  sector         TEXT NOT NULL,
  parent_id      TEXT REFERENCES actors (id) ON DELETE RESTRICT,
  areas          TEXT NOT NULL,
  neighbourhoods TEXT NOT NULL,
  target_groups  TEXT NOT NULL,
  description    TEXT,
  website        TEXT,
  evidence       TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX IF NOT EXISTS actors_sector ON actors (sector);
CREATE INDEX IF NOT EXISTS actors_parent ON actors (parent_id);

CREATE TABLE IF NOT EXISTS collaborations (
  id             TEXT PRIMARY KEY,
  source         TEXT NOT NULL REFERENCES actors (id) ON DELETE RESTRICT,
  target         TEXT NOT NULL REFERENCES actors (id) ON DELETE RESTRICT,
  type           TEXT NOT NULL,
  status         TEXT NOT NULL,
  areas          TEXT NOT NULL,
  forms          TEXT NOT NULL,
  strength       INTEGER,
  since          TEXT,
  until          TEXT,
  directed       INTEGER NOT NULL,
  neighbourhoods TEXT NOT NULL,
  description    TEXT,
  evidence       TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK (source <> target)
) STRICT;
CREATE INDEX IF NOT EXISTS collaborations_source ON collaborations (source);
CREATE INDEX IF NOT EXISTS collaborations_target ON collaborations (target);
CREATE INDEX IF NOT EXISTS collaborations_type ON collaborations (type);
CREATE INDEX IF NOT EXISTS collaborations_status ON collaborations (status);

CREATE TABLE IF NOT EXISTS forums (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  description    TEXT,
  areas          TEXT NOT NULL,
  neighbourhoods TEXT NOT NULL,
  evidence       TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS memberships (
  forum_id TEXT NOT NULL REFERENCES forums (id) ON DELETE RESTRICT,
  actor_id TEXT NOT NULL REFERENCES actors (id) ON DELETE RESTRICT,
  role     TEXT NOT NULL,
  PRIMARY KEY (forum_id, actor_id)
) STRICT;
CREATE INDEX IF NOT EXISTS memberships_actor ON memberships (actor_id);
`;

const MIGRATIONS: readonly ((db: Database.Database) => void)[] = [
  (db) => db.exec(FIRST_SCHEMA),
  // Swedish descriptions beside the English ones.
  (db) => db.exec(['actors', 'collaborations', 'forums'].map((table) => `ALTER TABLE ${table} ADD COLUMN description_sv TEXT;`).join('\n')),
];

/** Bring the database up to this release's schema; safe to run on every start. */
export function migrate(db: Database.Database): void {
  for (let done = db.pragma('user_version', { simple: true }) as number; done < MIGRATIONS.length; done++) {
    MIGRATIONS[done]!(db);
    db.pragma(`user_version = ${done + 1}`);
  }
}

/** How many migrations this release has: a migrated database's user_version. */
export const SCHEMA_VERSION = MIGRATIONS.length;
