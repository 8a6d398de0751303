// Prepared statements, compiled once per connection: the adapter's queries are fixed strings
// (filters are chosen from an allow-list, values are always bound parameters). And SQLite's
// own errors turned into the port's, where they arise.
import Database from 'better-sqlite3';
import { AppError, ConflictError, ReferenceError422, StoreBusyError, StoreUnavailableError } from '../../errors.ts';

export type Db = Database.Database;
export type Statement = Database.Statement;

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

export function sql(db: Db, text: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(text);
  if (!statement) {
    statement = db.prepare(text);
    statements.set(text, statement);
  }
  return statement;
}

/** SQLite's complaints as the port's errors; constraint checks are the last line of defence. */
export function storeError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Database.SqliteError) {
    if (error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      return new ConflictError('a record with that id already exists');
    }
    if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new ReferenceError422('a reference points at a record that does not exist');
    if (/^SQLITE_(BUSY|LOCKED)/.test(error.code)) return new StoreBusyError();
    if (/^SQLITE_(CANTOPEN|IOERR|READONLY)/.test(error.code)) return new StoreUnavailableError();
  }
  if (error instanceof TypeError && /connection is not open/.test(error.message)) return new StoreUnavailableError();
  return error;
}
