import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { NOT_NOW, type SqliteDirect } from './sqlite-direct.js';

/** Runs the SQL text of a statement compiled once, with fresh parameters in the order it binds them. */
export type RunCompiled = <R>(sql: string, parameters: readonly unknown[]) => Promise<R[]>;

/**
 * How the store runs its hot statements, each compiled by Kysely once when the store is built (no
 * query tree built, visited and compiled per call): on SQLite's connection directly when nothing
 * holds it (sqlite-direct.ts), otherwise, and on PostgreSQL, through Kysely's driver.
 */
export function runCompiled(db: Kysely<Database>, direct?: SqliteDirect): RunCompiled {
  return async <R>(sql: string, parameters: readonly unknown[]) => {
    const rows = direct?.all<R>(sql, parameters) ?? NOT_NOW;
    if (rows !== NOT_NOW) return rows;
    return (await db.executeQuery<R>(CompiledQuery.raw(sql, [...parameters]))).rows as R[];
  };
}
