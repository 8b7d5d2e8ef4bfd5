import type { Kysely } from 'kysely';
import { lockOrder, reserveRates, type RateState } from '../gcra.js';
import type { RateStore } from '../store.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';

export function sqlRates(db: Kysely<Database>, dialect: SqlDialect): RateStore {
  const reserveMany: RateStore['reserveMany'] = async (requests) => {
    const ordered = lockOrder(requests.flatMap((r) => r.keys));
    if (ordered.length === 0) return requests.map((r) => r.notBefore);
    // Two parameters a row: 500 rows stay far below SQLite's and PostgreSQL's parameter limits.
    const chunk = 500;
    return dialect.transaction(db, async (trx) => {
      // PostgreSQL: rows are created on first use, then locked; both in one order for every caller,
      // so two instances reserving overlapping keys wait for each other instead of deadlocking.
      // SQLite's transaction already holds the one write lock: a missing row reads as fresh and the
      // final upsert creates it, which saves a statement per transaction.
      if (dialect.rowLocks)
        for (let i = 0; i < ordered.length; i += chunk)
          await trx
            .insertInto('rate_limits')
            .values(ordered.slice(i, i + chunk).map((k) => ({ key: k.key, tat: 0 })))
            .onConflict((oc) => oc.column('key').doNothing())
            .execute();
      const rows = await trx
        .selectFrom('rate_limits')
        .selectAll()
        .where(({ ref }) =>
          dialect.inList(
            ref('key'),
            ordered.map((k) => k.key),
            'text',
          ),
        )
        .orderBy('key')
        .$if(dialect.rowLocks, (q) => q.forUpdate())
        .execute();
      const states = new Map<string, RateState>(
        rows.map((r) => [r.key, { tat: r.tat, pausedUntil: r.paused_until }]),
      );
      const { times, next } = reserveRates(requests, states);
      // Every key's new TAT in one statement per chunk (an update, or the new row's insert).
      const written = [...next].map(([key, state]) => ({ key, tat: state.tat }));
      for (let i = 0; i < written.length; i += chunk)
        await trx
          .insertInto('rate_limits')
          .values(written.slice(i, i + chunk))
          .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ tat: eb.ref('excluded.tat') })))
          .execute();
      return times;
    });
  };

  return {
    async reserve(keys, notBefore) {
      const [at] = await reserveMany([{ keys, notBefore }]);
      return at ?? notBefore;
    },

    reserveMany,

    async pause(key, until) {
      // Two 429s arriving out of order: the later end wins.
      await db
        .insertInto('rate_limits')
        .values({ key, tat: 0, paused_until: until })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            paused_until: dialect.greatest(
              eb.ref('rate_limits.paused_until'),
              eb.ref('excluded.paused_until'),
            ),
          })),
        )
        .execute();
    },

    async pausedUntil(key) {
      const row = await db
        .selectFrom('rate_limits')
        .select('paused_until')
        .where('key', '=', key)
        .executeTakeFirst();
      return row?.paused_until ?? 0;
    },
  };
}
