import { sql, type Kysely } from 'kysely';
import {
  DELIVERY_STATES,
  ReservationConflictError,
  type JobProgress,
  type JobStore,
  type NewDelivery,
  type NewJob,
} from '../store.js';
import { bulkInsert, rowsPerInsert } from './bulk-insert.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';
import { toJson } from './json.js';
import { changed, toDelivery, toJob } from './rows.js';

/** Conflicting pairs kept on the error; the total is always counted. */
const MAX_CONFLICTS_REPORTED = 100;
const DELIVERY_COLUMNS = ['job_id', 'chat_id', 'thread_id', 'payload', 'updated_at'] as const;
const RESERVATION_COLUMNS = ['chat_id', 'briefing_id', 'job_id'] as const;

export function sqlJobs(db: Kysely<Database>, dialect: SqlDialect, now: () => number): JobStore {
  // Multi-row inserts as large as the dialect allows: 100,000 recipients in a couple of dozen statements.
  const deliveriesPerInsert = rowsPerInsert(dialect, DELIVERY_COLUMNS.length);
  const reservationsPerInsert = rowsPerInsert(dialect, RESERVATION_COLUMNS.length);

  async function getBy(column: 'id' | 'key', value: number | string) {
    const row = await db.selectFrom('jobs').selectAll().where(column, '=', value).executeTakeFirst();
    return row ? toJob(row) : null;
  }

  return {
    async create(job: NewJob, recipients: Iterable<NewDelivery>) {
      return dialect.transaction(db, async (trx) => {
        const at = now();
        const created = await trx
          .insertInto('jobs')
          .values({
            kind: job.kind,
            key: job.key,
            payload: toJson(job.payload),
            author: job.author ?? null,
            created_at: at,
          })
          .onConflict((oc) => oc.column('key').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!created) return null;
        const jobId = created.id;

        const conflicts: Array<{ chatId: number; briefingId: string }> = [];
        let conflictCount = 0;
        let total = 0;
        let deliveries: Array<[number, number, number | null, string, number]> = [];
        let reservations: Array<[number, string, number]> = [];

        async function flushDeliveries() {
          if (deliveries.length === 0) return;
          await trx.executeQuery(bulkInsert(dialect, 'deliveries', DELIVERY_COLUMNS, deliveries));
          deliveries = [];
        }
        async function flushReservations() {
          if (reservations.length === 0) return;
          const batch = reservations;
          reservations = [];
          const result = await trx.executeQuery(
            bulkInsert(
              dialect,
              'briefing_reservations',
              RESERVATION_COLUMNS,
              batch,
              ' ON CONFLICT DO NOTHING',
            ),
          );
          if (Number(result.numAffectedRows ?? 0n) === batch.length) return;
          // Some pairs were planned before (by another job): name them in the order they were asked.
          const held = await trx
            .selectFrom('briefing_reservations')
            .select(['chat_id', 'briefing_id'])
            .where(({ ref }) =>
              dialect.inList(ref('chat_id'), [...new Set(batch.map(([chatId]) => chatId))], 'bigint'),
            )
            .where('job_id', '<>', jobId)
            .execute();
          const taken = new Set(held.map((r) => `${r.chat_id} ${r.briefing_id}`));
          for (const [chatId, briefingId] of batch) {
            if (!taken.has(`${chatId} ${briefingId}`)) continue;
            conflictCount++;
            if (conflicts.length < MAX_CONFLICTS_REPORTED) conflicts.push({ chatId, briefingId });
          }
        }

        for (const r of recipients) {
          deliveries.push([jobId, r.chatId, r.threadId, toJson(r.payload), at]);
          total++;
          if (deliveries.length === deliveriesPerInsert) await flushDeliveries();
          // A Set: a briefing listed twice for one chat is one reservation, not a conflict with itself.
          for (const briefingId of new Set(r.briefingIds)) {
            reservations.push([r.chatId, briefingId, jobId]);
            if (reservations.length === reservationsPerInsert) await flushReservations();
          }
        }
        await flushDeliveries();
        await flushReservations();
        // Throwing rolls the whole transaction back, the job key included, so a re-plan can use it.
        if (conflictCount > 0) throw new ReservationConflictError(conflicts, conflictCount);
        const row = await trx
          .updateTable('jobs')
          .set({ total })
          .where('id', '=', jobId)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toJob(row);
      });
    },

    get: (jobId) => getBy('id', jobId),
    getByKey: (key) => getBy('key', key),

    async latest(kind) {
      const row = await db
        .selectFrom('jobs')
        .selectAll()
        .where('kind', '=', kind)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toJob(row) : null;
    },

    async recent(limit) {
      const rows = await db.selectFrom('jobs').selectAll().orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toJob);
    },

    async acquire(owner, leaseMs) {
      const at = now();
      // One statement, so choosing and taking the job is atomic; on PostgreSQL a job another
      // instance is taking right now is skipped, not waited for.
      const row = await db
        .updateTable('jobs')
        .set({ lease_owner: owner, lease_until: at + leaseMs })
        .where('id', '=', (eb) =>
          eb
            .selectFrom('jobs')
            .select('id')
            .where('state', '=', sql.lit('running'))
            .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<=', at)]))
            .orderBy('id')
            .limit(1)
            .$if(dialect.rowLocks, (q) => q.forUpdate().skipLocked()),
        )
        .returningAll()
        .executeTakeFirst();
      return row ? toJob(row) : null;
    },

    async renew(jobId, owner, leaseMs) {
      const result = await db
        .updateTable('jobs')
        .set({ lease_until: now() + leaseMs })
        .where('id', '=', jobId)
        .where('lease_owner', '=', owner)
        .where('state', '=', 'running')
        .executeTakeFirst();
      return changed(result) === 1;
    },

    async takeInDoubt(jobId) {
      // Rows in `sending` by anyone but the lease holder: hand them to the holder so they are reported once.
      const rows = await db
        .updateTable('deliveries')
        .set((eb) => ({
          owner: eb.selectFrom('jobs').select('lease_owner').where('id', '=', jobId),
          updated_at: now(),
        }))
        .where('job_id', '=', jobId)
        .where('state', '=', sql.lit('sending'))
        // The few rows in flight, found through the small deliveries_sending index; without this
        // SQLite would walk every row of the job by its primary key.
        .where('chat_id', 'in', (eb) =>
          eb
            .selectFrom('deliveries as s')
            .select('s.chat_id')
            .where('s.job_id', '=', jobId)
            .where('s.state', '=', sql.lit('sending')),
        )
        .where((eb) =>
          dialect.distinct(
            eb.ref('owner'),
            eb.selectFrom('jobs').select('lease_owner').where('id', '=', jobId),
          ),
        )
        .returningAll()
        .execute();
      return rows.map(toDelivery).sort((a, b) => a.chatId - b.chatId);
    },

    async progress(jobId) {
      const counts = Object.fromEntries(DELIVERY_STATES.map((s) => [s, 0])) as JobProgress;
      counts.total = 0;
      const rows = await db
        .selectFrom('deliveries')
        .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
        .where('job_id', '=', jobId)
        .groupBy('state')
        .execute();
      for (const { state, n } of rows) {
        counts[state] = Number(n);
        counts.total += Number(n);
      }
      return counts;
    },

    async finish(jobId) {
      const result = await db
        .updateTable('jobs')
        .set({ state: 'finished', finished_at: now(), lease_owner: null, lease_until: null })
        .where('id', '=', jobId)
        .where('state', '=', 'running')
        .executeTakeFirst();
      return changed(result) === 1;
    },

    async cancel(jobId) {
      return dialect.transaction(db, async (trx) => {
        const at = now();
        const result = await trx
          .updateTable('jobs')
          .set({ state: 'cancelled', finished_at: at, lease_owner: null, lease_until: null })
          .where('id', '=', jobId)
          .where('state', '=', 'running')
          .executeTakeFirst();
        if (changed(result) === 0) return false;
        await trx
          .updateTable('deliveries')
          .set({ state: 'cancelled', updated_at: at })
          .where('job_id', '=', jobId)
          .where('state', '=', sql.lit('pending'))
          .execute();
        return true;
      });
    },
  };
}
