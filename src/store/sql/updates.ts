import type { Kysely } from 'kysely';
import type { UpdateLog } from '../store.js';
import { insertRows, type BulkColumn } from './bulk-insert.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';
import { changed } from './rows.js';
import { NOT_NOW, type SqliteDirect } from './sqlite-direct.js';

const CLAIM_COLUMNS: readonly BulkColumn[] = [
  { name: 'update_id', type: 'bigint' },
  { name: 'handled_at', type: 'bigint', constant: true },
];

type ClaimRow = { update_id: number };

export function sqlUpdates(
  db: Kysely<Database>,
  dialect: SqlDialect,
  now: () => number,
  direct?: SqliteDirect,
): UpdateLog {
  /** The ids among `ids` (distinct) that this call recorded. */
  async function claimed(ids: readonly number[], at: number): Promise<Set<number>> {
    // The webhook claims every update it is given (batch-per-turn.ts gathers those read together):
    // multi-row statements of a few fixed texts, each prepared once, or one array statement on
    // PostgreSQL (bulk-insert.ts), instead of a query built by Kysely per call.
    const statements = insertRows(
      dialect,
      'handled_updates',
      CLAIM_COLUMNS,
      ids.map((id) => [id, at]),
      ' ON CONFLICT DO NOTHING RETURNING update_id',
    );
    // SQLite: in one synchronous transaction on the connection (sqlite-direct.ts) when it can.
    const inserted =
      direct?.immediate((run) => statements.flatMap((q) => run<ClaimRow>(q.sql, q.parameters))) ?? NOT_NOW;
    if (inserted !== NOT_NOW) return new Set(inserted.map((row) => Number(row.update_id)));
    // PostgreSQL: one statement, its own transaction.
    const [only] = statements;
    if (statements.length === 1 && only !== undefined && direct === undefined) {
      const { rows } = await db.executeQuery<ClaimRow>(only);
      return new Set(rows.map((row) => Number(row.update_id)));
    }
    // SQLite when another transaction is open on the connection or another process holds the write
    // lock: Kysely's path, which waits for either without blocking the event loop.
    const rows = await dialect.transaction(db, async (trx) => {
      const all: ClaimRow[] = [];
      for (const q of statements) all.push(...(await trx.executeQuery<ClaimRow>(q)).rows);
      return all;
    });
    return new Set(rows.map((row) => Number(row.update_id)));
  }

  const claimMany: UpdateLog['claimMany'] = async (updateIds) => {
    if (updateIds.length === 0) return [];
    const won = await claimed([...new Set(updateIds)], now());
    // A second place of one id is a re-send that arrived with the first: handled once.
    return updateIds.map((id) => won.delete(id));
  };

  return {
    async claim(updateId) {
      const [won] = await claimMany([updateId]);
      return won === true;
    },

    claimMany,

    async prune(olderThanMs) {
      return changed(
        await db
          .deleteFrom('handled_updates')
          .where('handled_at', '<', now() - olderThanMs)
          .executeTakeFirst(),
      );
    },
  };
}
