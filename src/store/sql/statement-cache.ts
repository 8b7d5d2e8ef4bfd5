import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared; the store's queries are a few dozen (lists bind one JSON parameter). */
const DEFAULT_MAX_STATEMENTS = 500;

/**
 * The database as Kysely's SQLite driver sees it, with each SQL text prepared once: the driver
 * prepares every query anew, and preparing costs more than running the small queries of an update.
 * Safe because better-sqlite3 runs a statement to completion synchronously (the store never streams,
 * which would hold a statement open), and SQLite re-prepares a statement itself after a schema change.
 */
export function preparedOnce(
  db: SqliteDatabase,
  maxStatements = DEFAULT_MAX_STATEMENTS,
): SqliteDatabase & { readonly cached: number } {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      db.close();
    },
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = db.prepare(sql);
        // Oldest first out: the store's own statements come back long before this fills up.
        if (statements.size >= maxStatements) statements.delete(statements.keys().next().value as string);
        statements.set(sql, statement);
      }
      return statement;
    },
    get cached() {
      return statements.size;
    },
  };
}
