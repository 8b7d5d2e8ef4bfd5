import type { Kysely } from 'kysely';
import type { LeaseStore } from '../store.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';
import { changed } from './rows.js';

export function sqlLeases(db: Kysely<Database>, dialect: SqlDialect, now: () => number): LeaseStore {
  return {
    async acquire(name, owner, ttlMs) {
      const at = now();
      // One statement: taking a free or expired lease and renewing one's own are the same upsert.
      const result = await db
        .insertInto('leases')
        .values({ name, owner, until: at + ttlMs })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet((eb) => ({ owner: eb.ref('excluded.owner'), until: eb.ref('excluded.until') }))
            .where((eb) =>
              eb.or([eb('leases.owner', '=', eb.ref('excluded.owner')), eb('leases.until', '<=', at)]),
            ),
        )
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },

    async release(name, owner) {
      return (
        changed(
          await db
            .deleteFrom('leases')
            .where('name', '=', name)
            .where('owner', '=', owner)
            .executeTakeFirst(),
        ) === 1
      );
    },

    async holder(name) {
      return (
        (await db
          .selectFrom('leases')
          .select(['owner', 'until'])
          .where('name', '=', name)
          .executeTakeFirst()) ?? null
      );
    },

    async owners() {
      const rows = await db
        .selectFrom('leases')
        .select('owner')
        .union(
          db
            .selectFrom('jobs')
            .select((eb) => eb.ref('lease_owner').$notNull().as('owner'))
            .where('state', '=', 'running')
            .where('lease_owner', 'is not', null),
        )
        .execute();
      return rows.map((row) => row.owner);
    },

    async releaseAll(owner) {
      return dialect.transaction(db, async (trx) => {
        const named = await trx.deleteFrom('leases').where('owner', '=', owner).executeTakeFirst();
        const jobs = await trx
          .updateTable('jobs')
          .set({ lease_owner: null, lease_until: null })
          .where('lease_owner', '=', owner)
          .where('state', '=', 'running')
          .executeTakeFirst();
        return changed(named) + changed(jobs);
      });
    },
  };
}
