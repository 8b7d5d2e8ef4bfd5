import type { Database } from 'better-sqlite3';
import type { DeliveryStore } from '../store.js';
import { fromJson, toJson } from './json.js';
import { toDelivery, type DeliveryRow } from './rows.js';
import { immediate } from './transaction.js';

type Key = { jobId: number; chatId: number };

export function sqliteDeliveries(db: Database, now: () => number): DeliveryStore {
  // One statement: SQLite's single writer makes picking and taking the rows atomic across processes.
  const claim = db.prepare<{ jobId: number; owner: string; limit: number; now: number }, DeliveryRow>(`
    UPDATE deliveries SET state = 'sending', owner = @owner, attempts = attempts + 1, updated_at = @now
    WHERE job_id = @jobId AND state = 'pending'
      AND chat_id IN (SELECT chat_id FROM deliveries
                      WHERE job_id = @jobId AND state = 'pending'
                      ORDER BY chat_id LIMIT @limit)
      AND EXISTS (SELECT 1 FROM jobs WHERE id = @jobId AND state = 'running')
    RETURNING *`);
  const pending = db.prepare<{ jobId: number; limit: number; after: number }, DeliveryRow>(`
    SELECT d.* FROM deliveries d JOIN jobs j ON j.id = d.job_id AND j.state = 'running'
    WHERE d.job_id = @jobId AND d.state = 'pending' AND d.chat_id > @after
    ORDER BY d.chat_id LIMIT @limit`);
  const start = db.prepare<Key & { owner: string; now: number }>(`
    UPDATE deliveries SET state = 'sending', owner = @owner, attempts = attempts + 1, updated_at = @now
    WHERE job_id = @jobId AND chat_id = @chatId AND state = 'pending'
      AND EXISTS (SELECT 1 FROM jobs WHERE id = @jobId AND state = 'running')`);
  const get = db.prepare<Key, DeliveryRow>('SELECT * FROM deliveries WHERE job_id = @jobId AND chat_id = @chatId');
  const setPart = db.prepare<Key & { partsSent: number; messageIds: string; now: number }>(`
    UPDATE deliveries SET parts_sent = @partsSent, message_ids = @messageIds, updated_at = @now
    WHERE job_id = @jobId AND chat_id = @chatId`);
  const markSent = db.prepare<Key & { messageIds: string; parts: number; now: number }>(`
    UPDATE deliveries SET state = 'sent', message_ids = @messageIds, parts_sent = max(parts_sent, @parts),
      error = NULL, updated_at = @now, outcome_at = @now
    WHERE job_id = @jobId AND chat_id = @chatId AND state <> 'sent'`);
  const markFailed = db.prepare<Key & { error: string; now: number }>(`
    UPDATE deliveries SET state = 'failed', error = @error, updated_at = @now, outcome_at = @now
    WHERE job_id = @jobId AND chat_id = @chatId AND state IN ('pending', 'sending')`);
  const markBlocked = db.prepare<Key & { now: number }>(`
    UPDATE deliveries SET state = 'blocked', updated_at = @now, outcome_at = @now
    WHERE job_id = @jobId AND chat_id = @chatId AND state IN ('pending', 'sending')`);
  const blockChat = db.prepare<{ chatId: number; now: number }>(
    "UPDATE chats SET status = 'blocked', updated_at = @now WHERE id = @chatId",
  );
  const resolve = db.prepare<{ jobId: number; chatIds: string; state: 'pending' | 'in_doubt'; now: number }>(`
    UPDATE deliveries SET state = @state, owner = CASE WHEN @state = 'pending' THEN NULL ELSE owner END, updated_at = @now
    WHERE job_id = @jobId AND state = 'sending' AND chat_id IN (SELECT value FROM json_each(@chatIds))`);
  const cancelPending = db.prepare<{ jobId: number; now: number }>(
    "UPDATE deliveries SET state = 'cancelled', updated_at = @now WHERE job_id = @jobId AND state = 'pending'",
  );

  return {
    async claim(jobId, owner, limit) {
      return claim
        .all({ jobId, owner, limit, now: now() })
        .map(toDelivery)
        .sort((a, b) => a.chatId - b.chatId);
    },

    async pending(jobId, limit, afterChatId = Number.MIN_SAFE_INTEGER) {
      return pending.all({ jobId, limit, after: afterChatId }).map(toDelivery);
    },

    async start(jobId, chatId, owner) {
      return start.run({ jobId, chatId, owner, now: now() }).changes === 1;
    },

    async markPartSent(jobId, chatId, partIndex, messageId) {
      return immediate(db, () => {
        const row = get.get({ jobId, chatId });
        if (!row || row.state !== 'sending') return false;
        const messageIds = fromJson<number[]>(row.message_ids);
        messageIds[partIndex] = messageId;
        const partsSent = Math.max(row.parts_sent, partIndex + 1);
        // JSON has no holes: a skipped index (never expected) is stored as null.
        setPart.run({ jobId, chatId, partsSent, messageIds: toJson(Array.from(messageIds, (id) => id ?? null)), now: now() });
        return true;
      });
    },

    async markSent(jobId, chatId, messageIds) {
      return markSent.run({ jobId, chatId, messageIds: toJson(messageIds), parts: messageIds.length, now: now() }).changes === 1;
    },

    async markFailed(jobId, chatId, error) {
      return markFailed.run({ jobId, chatId, error, now: now() }).changes === 1;
    },

    async markBlocked(jobId, chatId) {
      return immediate(db, () => {
        const at = now();
        if (markBlocked.run({ jobId, chatId, now: at }).changes === 0) return false;
        blockChat.run({ chatId, now: at });
        return true;
      });
    },

    async resolveInDoubt(jobId, chatIds, decision) {
      const state = decision === 'resend' ? 'pending' : 'in_doubt';
      return resolve.run({ jobId, chatIds: toJson(chatIds), state, now: now() }).changes;
    },

    async cancelPending(jobId) {
      return cancelPending.run({ jobId, now: now() }).changes;
    },

    async get(jobId, chatId) {
      const row = get.get({ jobId, chatId });
      return row ? toDelivery(row) : null;
    },
  };
}
