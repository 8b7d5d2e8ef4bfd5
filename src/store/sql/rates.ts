import type { Kysely } from 'kysely';
import { lockOrder, reserveRate, type RateState } from '../gcra.js';
import type { RateStore } from '../store.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';

export function sqlRates(db: Kysely<Database>, dialect: SqlDialect): RateStore {
  return {
    async reserve(keys, notBefore) {
      const ordered = lockOrder(keys);
      if (ordered.length === 0) return notBefore;
      return dialect.transaction(db, async (trx) => {
        // Rows are created on first use, then locked; both in one order for every caller, so two
        // instances reserving overlapping keys wait for each other instead of deadlocking.
        await trx
          .insertInto('rate_limits')
          .values(ordered.map((k) => ({ key: k.key, tat: 0 })))
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
        const { at, next } = reserveRate(ordered, states, notBefore);
        for (const [key, state] of next)
          await trx.updateTable('rate_limits').set({ tat: state.tat }).where('key', '=', key).execute();
        return at;
      });
    },

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
