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
import { LEGACY_MAPPING, LEGACY_ROUND } from '../legacy.ts';

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
  // Mappings and rounds: every record belongs to one round; its one graph becomes the legacy round.
  scopeByRound,
  // The history: one row per change (changes.ts), newest first by id, filtered by round, record or key.
  (db) =>
    db.exec(`
      CREATE TABLE changes (
        id        TEXT PRIMARY KEY,
        at        TEXT NOT NULL,
        who       TEXT NOT NULL,
        mapping_id TEXT NOT NULL,
        round_id  TEXT,
        entity    TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        op        TEXT NOT NULL,
        before    TEXT,
        after     TEXT,
        counts    TEXT,
        revert_of TEXT,
        actors    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX changes_round ON changes (mapping_id, round_id, id);
      CREATE INDEX changes_entity ON changes (entity_id, id);
      CREATE INDEX changes_who ON changes (who, id);
    `),
  // A layout per round: positions by actor or forum id, read and written whole (domain/layout.ts).
  (db) =>
    db.exec(`CREATE TABLE layouts (
      round_key INTEGER PRIMARY KEY REFERENCES rounds (key) ON DELETE RESTRICT,
      positions TEXT NOT NULL,
      saved_at  TEXT NOT NULL
    ) STRICT;`),
];

/**
 * Every graph table gets a round_key (one integer naming mapping and round, so each key is a
 * pair and a copy is one INSERT … SELECT with a new key). SQLite cannot change a primary key in
 * place: the tables are rebuilt, with foreign keys checked at commit.
 */
function scopeByRound(db: Database.Database): void {
  db.pragma('defer_foreign_keys = ON');
  db.exec(ROUND_TABLES);
  db.exec(`
    CREATE TABLE sources_r (round_key INTEGER NOT NULL REFERENCES rounds (key) ON DELETE RESTRICT, ${columnsOf(db, 'sources')},
      PRIMARY KEY (round_key, id)) STRICT;
    CREATE TABLE actors_r (round_key INTEGER NOT NULL REFERENCES rounds (key) ON DELETE RESTRICT, ${columnsOf(db, 'actors')},
      PRIMARY KEY (round_key, id),
      FOREIGN KEY (round_key, parent_id) REFERENCES actors_r (round_key, id) ON DELETE RESTRICT,
      CHECK (parent_id IS NULL OR parent_id <> id)) STRICT;
    CREATE TABLE collaborations_r (round_key INTEGER NOT NULL REFERENCES rounds (key) ON DELETE RESTRICT, ${columnsOf(db, 'collaborations')},
      PRIMARY KEY (round_key, id),
      FOREIGN KEY (round_key, source) REFERENCES actors_r (round_key, id) ON DELETE RESTRICT,
      FOREIGN KEY (round_key, target) REFERENCES actors_r (round_key, id) ON DELETE RESTRICT,
      CHECK (source <> target)) STRICT;
    CREATE TABLE forums_r (round_key INTEGER NOT NULL REFERENCES rounds (key) ON DELETE RESTRICT, ${columnsOf(db, 'forums')},
      PRIMARY KEY (round_key, id)) STRICT;
    CREATE TABLE memberships_r (round_key INTEGER NOT NULL, forum_id TEXT NOT NULL, actor_id TEXT NOT NULL, role TEXT NOT NULL,
      PRIMARY KEY (round_key, forum_id, actor_id),
      FOREIGN KEY (round_key, forum_id) REFERENCES forums_r (round_key, id) ON DELETE RESTRICT,
      FOREIGN KEY (round_key, actor_id) REFERENCES actors_r (round_key, id) ON DELETE RESTRICT) STRICT;
  `);
  const held = (sql: string): boolean => (db.prepare(sql).get() as { n: number }).n > 0;
  if (held('SELECT count(*) AS n FROM actors') || held('SELECT count(*) AS n FROM sources') || held('SELECT count(*) AS n FROM forums')) {
    adoptLegacyGraph(db);
  }
  for (const table of GRAPH_TABLES) db.exec(`DROP TABLE ${table}`);
  for (const table of GRAPH_TABLES) db.exec(`ALTER TABLE ${table}_r RENAME TO ${table}`);
  db.exec(`
    CREATE INDEX actors_sector ON actors (round_key, sector);
    CREATE INDEX actors_parent ON actors (round_key, parent_id);
    CREATE INDEX collaborations_source ON collaborations (round_key, source);
    CREATE INDEX collaborations_target ON collaborations (round_key, target);
    CREATE INDEX collaborations_type ON collaborations (round_key, type);
    CREATE INDEX collaborations_status ON collaborations (round_key, status);
    CREATE INDEX memberships_actor ON memberships (round_key, actor_id);
  `);
}

/** Children first, so dropping them in this order never leaves a reference behind. */
const GRAPH_TABLES = ['memberships', 'collaborations', 'forums', 'actors', 'sources'] as const;

const ROUND_TABLES = `
CREATE TABLE mappings (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  place       TEXT NOT NULL,
  topic       TEXT NOT NULL,
  description TEXT,
  languages   TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE rounds (
  key         INTEGER PRIMARY KEY,
  mapping_id  TEXT NOT NULL REFERENCES mappings (id) ON DELETE RESTRICT,
  id          TEXT NOT NULL,
  label       TEXT NOT NULL,
  observed_on TEXT NOT NULL,
  sources     TEXT NOT NULL,
  kind        TEXT NOT NULL,
  closed      INTEGER NOT NULL,
  based_on    TEXT,
  realised    TEXT,
  version     INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (mapping_id, id)
) STRICT;
`;

/** A table's columns as declared, to repeat them in its scoped rebuild. */
function columnsOf(db: Database.Database, table: string): string {
  const columns = db.pragma(`table_info(${table})`) as { name: string; type: string; notnull: number }[];
  return columns.map((c) => `${c.name} ${c.type}${c.notnull ? ' NOT NULL' : ''}`).join(', ');
}

/** The one graph of an older release becomes the legacy mapping's round (store/legacy.ts). */
function adoptLegacyGraph(db: Database.Database): void {
  const now = new Date().toISOString();
  const version = (db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as { value: number } | undefined)?.value ?? 0;
  const sources = (db.prepare('SELECT id FROM sources ORDER BY id').all() as { id: string }[]).map((s) => s.id);
  db.prepare(
    `INSERT INTO mappings (id, name, place, topic, description, languages, created_at, updated_at)
     VALUES (@id, @name, @place, @topic, @description, @languages, @now, @now)`,
  ).run({ ...LEGACY_MAPPING, description: LEGACY_MAPPING.description, languages: JSON.stringify(LEGACY_MAPPING.languages), now });
  const key = db
    .prepare(
      `INSERT INTO rounds (mapping_id, id, label, observed_on, sources, kind, closed, version, created_at, updated_at)
       VALUES (@mapping, @id, @label, @observedOn, @sources, 'observed', 0, @version, @now, @now)`,
    )
    .run({ mapping: LEGACY_MAPPING.id, ...LEGACY_ROUND, sources: JSON.stringify(sources), version, now }).lastInsertRowid;
  for (const table of GRAPH_TABLES) {
    const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).join(', ');
    db.prepare(`INSERT INTO ${table}_r (round_key, ${columns}) SELECT ?, ${columns} FROM ${table}`).run(key);
  }
}

/** Bring the database up to this release's schema; safe to run on every start. */
export function migrate(db: Database.Database): void {
  for (let done = db.pragma('user_version', { simple: true }) as number; done < MIGRATIONS.length; done++) {
    MIGRATIONS[done]!(db);
    db.pragma(`user_version = ${done + 1}`);
  }
}

/** How many migrations this release has: a migrated database's user_version. */
export const SCHEMA_VERSION = MIGRATIONS.length;
