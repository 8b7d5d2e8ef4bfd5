import { describe, expect, it } from 'vitest';
import { composeBroadcast, broadcastContent } from '../../src/broadcast/content.js';
import type { BroadcastJobPayload } from '../../src/broadcast/payload.js';
import { progressView, reportView, shouldEdit } from '../../src/broadcast/progress.js';
import { adminCatalogue } from '../../src/i18n/admin.js';
import type { Delivery, Job, JobProgress } from '../../src/store/store.js';
import { broadcastPayload } from '../support/broadcast-payload.js';

const progress = (p: Partial<JobProgress>): JobProgress => ({
  pending: 0,
  sending: 0,
  sent: 0,
  failed: 0,
  blocked: 0,
  in_doubt: 0,
  cancelled: 0,
  total: 0,
  ...p,
});

describe('progress', () => {
  it('measures the rate from the first sample and derives the ETA', () => {
    const view = progressView(
      3,
      progress({ total: 1000, sent: 580, failed: 1, blocked: 19, pending: 390, sending: 10 }),
      { at: 10_000, done: 200 },
      14_000,
    );
    expect(view).toEqual({
      jobId: 3,
      total: 1000,
      sent: 580,
      failed: 1,
      blocked: 19,
      remaining: 400,
      rate: 100,
      etaSeconds: 4,
    });
  });

  it('has no rate or ETA before anything was measured', () => {
    const view = progressView(3, progress({ total: 10, sent: 2, pending: 8 }), { at: 5000, done: 2 }, 5000);
    expect(view.rate).toBeNull();
    expect(view.etaSeconds).toBeNull();
  });

  it('throttles edits to one per interval but always lets the report through', () => {
    expect(shouldEdit(undefined, 0, false, 3000)).toBe(true);
    expect(shouldEdit(1000, 3999, false, 3000)).toBe(false);
    expect(shouldEdit(1000, 4000, false, 3000)).toBe(true);
    expect(shouldEdit(1000, 1001, true, 3000)).toBe(true);
  });

  it('renders progress in both languages with every count', () => {
    const view = progressView(
      12,
      progress({ total: 1000, sent: 480, failed: 2, blocked: 18, pending: 500 }),
      { at: 0, done: 0 },
      5000,
    );
    const en = adminCatalogue('en').progress(view);
    expect(en).toContain('Broadcast #12');
    expect(en).toContain('Sent: 480 · Failed: 2 · Blocked: 18 · Remaining: 500 of 1,000');
    expect(en).toContain('Rate: 100.0 msg/s · Time left: 5 s');
    const ar = adminCatalogue('ar').progress(view);
    for (const piece of [
      'أُرسل: 480',
      'فشل: 2',
      'حظر البوت: 18',
      'متبقٍّ: 500 من 1,000',
      '100.0 رسالة/ثانية',
      '5 ثانية',
    ])
      expect(ar).toContain(piece);
  });

  it('reports a cancelled broadcast with what stayed unsent', () => {
    const view = reportView(4, 'cancelled', progress({ total: 100, sent: 30, blocked: 2, cancelled: 68 }));
    expect(adminCatalogue('en').report(view)).toBe(
      'Broadcast #4 was cancelled.\nSent: 30 · Failed: 0 · Blocked: 2 · Not sent (cancelled): 68\nTotal: 100',
    );
    expect(adminCatalogue('ar').report(view)).toContain('لم يُرسل (أُلغي): 68');
  });
});

describe('composeBroadcast', () => {
  const job = (payload: Partial<BroadcastJobPayload>): Job => ({
    id: 1,
    kind: 'broadcast',
    key: 'broadcast:1',
    payload: broadcastPayload({ content: { kind: 'html', parts: [] }, ...payload }),
    author: 42,
    state: 'running',
    total: 1,
    leaseOwner: null,
    leaseUntil: null,
    createdAt: 0,
    finishedAt: null,
    planning: false,
    planCursor: null,
  });
  const delivery = (chatType: string): Delivery => ({
    jobId: 1,
    chatId: -100,
    threadId: 7,
    payload: { chatType },
    state: 'pending',
    owner: null,
    partsSent: 0,
    messageIds: [],
    error: null,
    attempts: 0,
    updatedAt: 0,
  });

  it('sends the confirmed HTML parts as they are, to the chat type recorded', () => {
    const content = broadcastContent({ kind: 'html', html: '<b>hi</b>' });
    expect(composeBroadcast(job({ content }), delivery('supergroup'))).toEqual({
      chatType: 'supergroup',
      parts: [{ kind: 'html', html: '<b>hi</b>' }],
    });
  });

  it('copies a replied-to message', () => {
    const content = broadcastContent({ kind: 'copy', fromChatId: 42, messageId: 9 });
    expect(composeBroadcast(job({ content }), delivery('private'))).toEqual({
      chatType: 'private',
      parts: [{ kind: 'copy', fromChatId: 42, messageId: 9 }],
    });
  });

  it('does not compose other kinds of jobs', () => {
    expect(composeBroadcast({ ...job({}), kind: 'digest' }, delivery('private'))).toBeNull();
  });
});
