import { sql, type Kysely } from 'kysely';
import { MessageIds, type DeliveryStore } from '../store.js';
import type { Database } from './database.js';
import type { SqlDialect } from './dialect.js';
import { parseJson, toJson } from './json.js';
import { changed, toDelivery } from './rows.js';

export function sqlDeliveries(db: Kysely<Database>, dialect: SqlDialect, now: () => number): DeliveryStore {
  function one(q: Kysely<Database>, jobId: number, chatId: number) {
    return q.updateTable('deliveries').where('job_id', '=', jobId).where('chat_id', '=', chatId);
  }

  return {
    async claim(jobId, owner, limit) {
      // Pick, then take by primary key, in one write transaction: SQLite's single writer makes it
      // atomic across processes; on PostgreSQL the picked rows stay locked until the commit, and
      // rows another instance is taking are skipped, not waited for. Taking them by a list of keys
      // keeps each claim a few index probes whatever the job's size (a join or IN subquery let
      // PostgreSQL's planner walk every row of a fresh job, per claim).
      return dialect.transaction(db, async (trx) => {
        const picked = await trx
          .selectFrom('deliveries')
          .select('chat_id')
          .where('job_id', '=', jobId)
          .where('state', '=', sql.lit('pending'))
          .orderBy('chat_id')
          .limit(limit)
          .$if(dialect.rowLocks, (q) => q.forUpdate().skipLocked())
          .execute();
        if (picked.length === 0) return [];
        const rows = await trx
          .updateTable('deliveries')
          .set((eb) => ({ state: 'sending', owner, attempts: eb('attempts', '+', 1), updated_at: now() }))
          .where('job_id', '=', jobId)
          .where(({ ref }) =>
            dialect.inList(
              ref('chat_id'),
              picked.map((r) => r.chat_id),
              'bigint',
            ),
          )
          .where('state', '=', sql.lit('pending'))
          .where(({ exists, selectFrom }) =>
            exists(
              selectFrom('jobs')
                .select('id')
                .where('id', '=', jobId)
                .where('state', '=', sql.lit('running'))
                .where('planning', '=', sql.lit(0)),
            ),
          )
          .returningAll()
          .execute();
        return rows.map(toDelivery).sort((a, b) => a.chatId - b.chatId);
      });
    },

    async pending(jobId, limit, afterChatId = Number.MIN_SAFE_INTEGER) {
      const rows = await db
        .selectFrom('deliveries as d')
        .innerJoin('jobs as j', (join) =>
          join
            .onRef('j.id', '=', 'd.job_id')
            .on('j.state', '=', sql.lit('running'))
            .on('j.planning', '=', sql.lit(0)),
        )
        .selectAll('d')
        .where('d.job_id', '=', jobId)
        .where('d.state', '=', sql.lit('pending'))
        .where('d.chat_id', '>', afterChatId)
        .orderBy('d.chat_id')
        .limit(limit)
        .execute();
      return rows.map(toDelivery);
    },

    async start(jobId, chatId, owner) {
      // A conditional UPDATE: of two instances starting the same row, one changes it.
      const result = await one(db, jobId, chatId)
        .set((eb) => ({ state: 'sending', owner, attempts: eb('attempts', '+', 1), updated_at: now() }))
        .where('state', '=', sql.lit('pending'))
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('jobs')
              .select('id')
              .where('id', '=', jobId)
              .where('state', '=', sql.lit('running'))
              .where('planning', '=', sql.lit(0)),
          ),
        )
        .executeTakeFirst();
      return changed(result) === 1;
    },

    async markPartSent(jobId, chatId, partIndex, messageId) {
      return dialect.transaction(db, async (trx) => {
        const row = await trx
          .selectFrom('deliveries')
          .select(['state', 'parts_sent', 'message_ids'])
          .where('job_id', '=', jobId)
          .where('chat_id', '=', chatId)
          .$if(dialect.rowLocks, (q) => q.forUpdate())
          .executeTakeFirst();
        if (!row || row.state !== 'sending') return false;
        const messageIds = parseJson(
          MessageIds,
          row.message_ids,
          `message_ids of delivery ${jobId}/${chatId}`,
        );
        messageIds[partIndex] = messageId;
        const partsSent = Math.max(row.parts_sent, partIndex + 1);
        // JSON has no holes: a skipped index (never expected) is stored as null.
        await one(trx, jobId, chatId)
          .set({
            parts_sent: partsSent,
            message_ids: toJson(Array.from(messageIds, (id) => id ?? null)),
            updated_at: now(),
          })
          .execute();
        return true;
      });
    },

    async markSent(jobId, chatId, messageIds) {
      const at = now();
      const result = await one(db, jobId, chatId)
        .set((eb) => ({
          state: 'sent',
          message_ids: toJson(messageIds),
          parts_sent: dialect.greatest(eb.ref('parts_sent'), messageIds.length),
          error: null,
          updated_at: at,
          outcome_at: at,
        }))
        .where('state', '<>', 'sent')
        .executeTakeFirst();
      return changed(result) === 1;
    },

    async markFailed(jobId, chatId, error) {
      const at = now();
      const result = await one(db, jobId, chatId)
        .set({ state: 'failed', error, updated_at: at, outcome_at: at })
        .where('state', 'in', ['pending', 'sending'])
        .executeTakeFirst();
      return changed(result) === 1;
    },

    async markBlocked(jobId, chatId) {
      return dialect.transaction(db, async (trx) => {
        const at = now();
        const result = await one(trx, jobId, chatId)
          .set({ state: 'blocked', updated_at: at, outcome_at: at })
          .where('state', 'in', ['pending', 'sending'])
          .executeTakeFirst();
        if (changed(result) === 0) return false;
        await trx
          .updateTable('chats')
          .set({ status: 'blocked', updated_at: at })
          .where('id', '=', chatId)
          .execute();
        return true;
      });
    },

    async resolveInDoubt(jobId, chatIds, decision) {
      if (chatIds.length === 0) return 0;
      const result = await db
        .updateTable('deliveries')
        .set(
          decision === 'resend'
            ? { state: 'pending', owner: null, updated_at: now() }
            : { state: 'in_doubt', updated_at: now() },
        )
        .where('job_id', '=', jobId)
        .where('state', '=', sql.lit('sending'))
        .where(({ ref }) => dialect.inList(ref('chat_id'), chatIds, 'bigint'))
        .executeTakeFirst();
      return changed(result);
    },

    async cancelPending(jobId) {
      const result = await db
        .updateTable('deliveries')
        .set({ state: 'cancelled', updated_at: now() })
        .where('job_id', '=', jobId)
        .where('state', '=', sql.lit('pending'))
        .executeTakeFirst();
      return changed(result);
    },

    async get(jobId, chatId) {
      const row = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('job_id', '=', jobId)
        .where('chat_id', '=', chatId)
        .executeTakeFirst();
      return row ? toDelivery(row) : null;
    },
  };
}
