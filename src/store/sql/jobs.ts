import { sql, type Insertable, type Kysely } from 'kysely';
import {
  DELIVERY_STATES,
  PlanLeaseLostError,
  type JobProgress,
  type JobStore,
  type NewDelivery,
  type NewJob,
  type PlanBatchRange,
  type PlannedAhead,
} from '../store.js';
import type { Database, JobTable } from './database.js';
import { planHistoryBetween, plannedBetweenAtVersion } from './briefings.js';
import {
  encodeDeliveries,
  insertDeliveries,
  type EncodedDeliveries,
  type ReadUnderLock,
} from './delivery-rows.js';
import type { SqlDialect } from './dialect.js';
import { toJson } from './json.js';
import { WRITTEN_IF_PLANS_MOVED, writeBatchAtOnce, writesAheadInOneStatement } from './plan-write.js';
import { lockPlans, unchangedSince } from './plans-version.js';
import { changed, toDelivery, toJob } from './rows.js';

/** Whether two batch ranges are the same chats among the same briefings. */
function sameBatch(a: PlanBatchRange, b: PlanBatchRange): boolean {
  return (
    a.from === b.from &&
    a.through === b.through &&
    a.among.length === b.among.length &&
    a.among.every((id, i) => id === b.among[i])
  );
}

/**
 * A new job's row, inserted unless its key is taken (then nothing is inserted and nothing returned):
 * the one insert shape of `create` and `beginPlan`, which adds the planning columns.
 */
function insertJob(
  db: Kysely<Database>,
  job: NewJob,
  at: number,
  planning: Pick<Insertable<JobTable>, 'planning' | 'lease_owner' | 'lease_until'> = {},
) {
  return db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      key: job.key,
      payload: toJson(job.payload),
      author: job.author ?? null,
      created_at: at,
      ...planning,
    })
    .onConflict((oc) => oc.column('key').doNothing());
}

/** What a plan's pairs are checked against: the history of its batch, read under the lock or found unchanged since. */
function readOf(batch: PlanBatchRange, history: ReadonlyMap<number, ReadonlySet<string>>): ReadUnderLock {
  return { history, among: new Set(batch.among), from: batch.from, through: batch.through };
}

export function sqlJobs(db: Kysely<Database>, dialect: SqlDialect, now: () => number): JobStore {
  /** Statements this store built ahead: `planBatch` sends only these, and only for their own job. */
  const made = new WeakSet<EncodedDeliveries>();
  const oneStatement = writesAheadInOneStatement(dialect);

  /** The statements of a plan made ahead, checked against the history it was made from. */
  async function encodeAhead(jobId: number, ahead: PlannedAhead, at: number): Promise<EncodedDeliveries> {
    const { batch, history } = ahead.read;
    const guard = oneStatement ? WRITTEN_IF_PLANS_MOVED : '';
    const encoded = await encodeDeliveries(dialect, jobId, at, ahead.planned, readOf(batch, history), guard);
    made.add(encoded);
    return encoded;
  }

  function ownEncoding(encoded: unknown, jobId: number): EncodedDeliveries | undefined {
    const ours = typeof encoded === 'object' && encoded !== null && made.has(encoded as EncodedDeliveries);
    return ours && (encoded as EncodedDeliveries).jobId === jobId
      ? (encoded as EncodedDeliveries)
      : undefined;
  }

  async function getBy(column: 'id' | 'key', value: number | string) {
    const row = await db.selectFrom('jobs').selectAll().where(column, '=', value).executeTakeFirst();
    return row ? toJob(row) : null;
  }

  return {
    async create(job: NewJob, recipients: Iterable<NewDelivery>) {
      return dialect.transaction(db, async (trx) => {
        const at = now();
        const created = await insertJob(trx, job, at).returning('id').executeTakeFirst();
        if (!created) return null;
        const jobId = created.id;

        // Throwing rolls the whole transaction back, the job key included, so a re-plan can use it.
        const total = await insertDeliveries(trx, dialect, jobId, at, recipients);
        const row = await trx
          .updateTable('jobs')
          .set({ total })
          .where('id', '=', jobId)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toJob(row);
      });
    },

    async beginPlan(job: NewJob, owner: string, leaseMs: number) {
      const at = now();
      const created = await insertJob(db, job, at, {
        planning: 1,
        lease_owner: owner,
        lease_until: at + leaseMs,
      })
        .returningAll()
        .executeTakeFirst();
      if (created) return toJob(created);
      // The key exists: take its plan over only when its planner is gone (lease released or run out).
      const taken = await db
        .updateTable('jobs')
        .set({ lease_owner: owner, lease_until: at + leaseMs })
        .where('key', '=', job.key)
        .where('planning', '=', 1)
        .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<=', at)]))
        .returningAll()
        .executeTakeFirst();
      return taken ? toJob(taken) : null;
    },

    async appendPlan(jobId, owner, leaseMs, recipients, through) {
      await dialect.transaction(db, async (trx) => {
        const at = now();
        // First, so that on PostgreSQL the job row stays locked until the batch commits: a planner
        // taking over meanwhile waits, then finds the lease renewed.
        const held = await trx
          .updateTable('jobs')
          .set((eb) => ({
            lease_until: at + leaseMs,
            plan_cursor: through,
            total: eb('total', '+', recipients.length),
          }))
          .where('id', '=', jobId)
          .where('planning', '=', 1)
          .where('lease_owner', '=', owner)
          .executeTakeFirst();
        if (changed(held) !== 1) throw new PlanLeaseLostError(jobId, owner);
        // A conflict throws out of the transaction: nothing of this batch stays, the cursor included.
        await insertDeliveries(trx, dialect, jobId, at, recipients);
      });
    },

    async planBatch(jobId, owner, leaseMs, batch, plan, ahead) {
      if (ahead !== undefined && !sameBatch(ahead.read.batch, batch))
        throw new RangeError(`the batch planned ahead is not ${batch.from}…${batch.through}`);
      if (ahead !== undefined && oneStatement) {
        const at = now();
        const encoded = ownEncoding(ahead.encoded, jobId) ?? (await encodeAhead(jobId, ahead, at));
        const outcome = await writeBatchAtOnce(db, {
          jobId,
          owner,
          readVersion: ahead.read.version,
          leaseUntil: at + leaseMs,
          cursor: batch.through,
          added: encoded.total,
          inserts: encoded.queries,
        });
        if (outcome === 'lease-lost') throw new PlanLeaseLostError(jobId, owner);
        if (outcome === 'written') return encoded.total;
        // Planned since the read by someone else: read again under the lock, below.
        ahead = undefined;
      }
      // Written with the lease below, so the common case needs no second update of the job row.
      const counted = ahead?.planned.length ?? 0;
      return dialect.transaction(db, async (trx) => {
        const at = now();
        // First, as in appendPlan (the same lock order: job row, then the plans' lock).
        const held = await trx
          .updateTable('jobs')
          .set((eb) => ({
            lease_until: at + leaseMs,
            plan_cursor: batch.through,
            total: eb('total', '+', counted),
          }))
          .where('id', '=', jobId)
          .where('planning', '=', 1)
          .where('lease_owner', '=', owner)
          .executeTakeFirst();
        if (changed(held) !== 1) throw new PlanLeaseLostError(jobId, owner);
        // Before the read (or the check of the one made ahead), so that no other job plans these
        // chats until this batch commits.
        const found = await lockPlans(trx, jobId);
        let encoded: EncodedDeliveries;
        if (ahead !== undefined && unchangedSince(ahead.read.version, found, jobId))
          encoded = ownEncoding(ahead.encoded, jobId) ?? (await encodeAhead(jobId, ahead, at));
        else {
          const history = await planHistoryBetween(trx, dialect, batch.from, batch.through, batch.among);
          encoded = await encodeDeliveries(dialect, jobId, at, plan(history), readOf(batch, history));
        }
        for (const query of encoded.queries) await trx.executeQuery(query);
        const total = encoded.total;
        if (total !== counted)
          await trx
            .updateTable('jobs')
            .set((eb) => ({ total: eb('total', '+', total - counted) }))
            .where('id', '=', jobId)
            .execute();
        return total;
      });
    },

    async encodeAhead(jobId, ahead) {
      return { ...ahead, encoded: await encodeAhead(jobId, ahead, now()) };
    },

    async readPlan(batch) {
      const { version, history } = await plannedBetweenAtVersion(
        db,
        dialect,
        batch.from,
        batch.through,
        batch.among,
      );
      return { batch, history, version };
    },

    planBatchSize: dialect.planBatchSize,
    planAhead: dialect.planAhead,

    async stalledPlans(limit) {
      const at = now();
      const rows = await db
        .selectFrom('jobs')
        .selectAll()
        .where('state', '=', sql.lit('running'))
        .where('planning', '=', sql.lit(1))
        .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<=', at)]))
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toJob);
    },

    async completePlan(jobId, owner) {
      const row = await db
        .updateTable('jobs')
        .set({ planning: 0, lease_owner: null, lease_until: null })
        .where('id', '=', jobId)
        .where('planning', '=', 1)
        .where('lease_owner', '=', owner)
        .returningAll()
        .executeTakeFirst();
      return row ? toJob(row) : null;
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

    async acquire(owner, leaseMs, kinds) {
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
            .where('planning', '=', sql.lit(0))
            .$if(kinds !== undefined, (q) => q.where('kind', 'in', kinds!))
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

    async setPayload(jobId, owner, payload) {
      const result = await db
        .updateTable('jobs')
        .set({ payload: toJson(payload) })
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
