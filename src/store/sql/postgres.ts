import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { migratePostgres } from './migrate-postgres.js';

const INT8_OID = 20;

/**
 * BIGINT columns (ids, millisecond times, counts) as numbers: every value we store is far below
 * 2^53, and the store's interface speaks numbers. Set per pool, not on pg's global registry.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PostgresOptions {
  /** Connections in the pool; default 10. */
  poolSize?: number;
  /** An idle connection failed (server restarted…): the pool drops it and opens another. */
  onPoolError?: (error: Error) => void;
}

/** Connects a pool to the database and brings its schema up to date. */
export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<Kysely<Database>> {
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10, types });
  pool.on('error', (error) => opts.onPoolError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migratePostgres(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
