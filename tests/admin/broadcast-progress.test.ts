import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createBroadcastProgress } from '../../src/bot/features/admin/broadcast-progress.js';
import type { Job, JobProgress, JobState } from '../../src/store/store.js';
import { broadcastPayload } from '../support/broadcast-payload.js';

const payload = broadcastPayload();
const job: Job = {
  id: 3,
  kind: 'broadcast',
  key: 'broadcast:1',
  payload,
  author: 42,
  state: 'running',
  total: 100,
  leaseOwner: null,
  leaseUntil: null,
  createdAt: 0,
  finishedAt: null,
  planning: false,
  planCursor: null,
};
const progress = (sent: number, extra: Partial<JobProgress> = {}): JobProgress => ({
  pending: 100 - sent,
  sending: 0,
  sent,
  failed: 0,
  blocked: 0,
  in_doubt: 0,
  cancelled: 0,
  total: 100,
  ...extra,
});

function setup(finalState: JobState = 'finished') {
  let now = 0;
  const edits: Array<{ chatId: unknown; messageId: unknown; text: string }> = [];
  const onProgress = createBroadcastProgress({
    telegram: {
      editMessageText: async (chatId: unknown, messageId: unknown, _inline: unknown, text: string) => {
        edits.push({ chatId, messageId, text });
        return true;
      },
    } as never,
    jobs: { get: async () => ({ ...job, state: finalState }) },
    now: () => now,
    log: pino({ level: 'silent' }),
  });
  return { onProgress, edits, at: (ms: number) => (now = ms) };
}

describe('broadcast progress', () => {
  it('edits the one progress message at most every 3 s, with rate and ETA, then the report', async () => {
    const { onProgress, edits, at } = setup();
    at(1000);
    await onProgress(job, progress(10), false);
    at(2000);
    await onProgress(job, progress(20), false); // throttled
    at(4000);
    await onProgress(job, progress(40), false);
    at(4500);
    await onProgress(job, progress(100, { pending: 0 }), true);
    expect(edits.map((e) => [e.chatId, e.messageId])).toEqual([
      [42, 5],
      [42, 5],
      [42, 5],
    ]);
    expect(edits[0]!.text).toContain('Rate: … · Time left: …');
    expect(edits[1]!.text).toContain('Sent: 40 · Failed: 0 · Blocked: 0 · Remaining: 60 of 100');
    expect(edits[1]!.text).toContain('Rate: 10.0 msg/s · Time left: 6 s');
    expect(edits[2]!.text).toBe(
      'Broadcast #1 is finished.\nSent: 100 · Failed: 0 · Blocked: 0 · Not sent (cancelled): 0\nTotal: 100',
    );
  });

  it('reports a cancelled job by its stored state', async () => {
    const { onProgress, edits } = setup('cancelled');
    await onProgress(job, progress(30, { pending: 0, cancelled: 70 }), true);
    expect(edits[0]!.text).toContain('Broadcast #1 was cancelled.');
    expect(edits[0]!.text).toContain('Not sent (cancelled): 70');
  });

  it('ignores digests and survives a failed edit', async () => {
    const { onProgress, edits } = setup();
    await onProgress({ ...job, kind: 'digest' }, progress(1), false);
    expect(edits).toEqual([]);
    const failing = createBroadcastProgress({
      telegram: {
        editMessageText: async () => Promise.reject(new Error('400 message to edit not found')),
      } as never,
      jobs: { get: async () => job },
      now: () => 0,
      log: pino({ level: 'silent' }),
    });
    await expect(failing(job, progress(1), false)).resolves.toBeUndefined();
  });
});
