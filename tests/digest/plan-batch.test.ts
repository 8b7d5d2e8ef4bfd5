import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/content/schema.js';
import { digestPlanContext, planDigestBatch } from '../../src/digest/plan-batch.js';
import type { Recipient } from '../../src/store/store.js';

const briefing = (id: string, tags: string[]) => ({ id, tags, incidents: [] }) as unknown as Briefing;
// Newest first.
const context = digestPlanContext(
  [briefing('c', ['oil']), briefing('b', []), briefing('a', ['oil'])],
  2,
  'ar',
);
const chat = (id: number, extra: Partial<Recipient> = {}): Recipient => ({
  id,
  type: 'private',
  language: 'en',
  threadId: null,
  filters: [],
  ...extra,
});

describe('planDigestBatch', () => {
  it('plans each chat of the batch in order, from its own history and filters', () => {
    const history = new Map([
      [1, new Set(['c'])],
      [2, new Set(['a', 'b', 'c'])],
      [3, new Set<string>()],
    ]);
    const chats = [
      chat(1),
      chat(2),
      chat(3, { filters: ['tag:oil'] }),
      chat(4, { type: 'supergroup', threadId: 9, language: null }),
      chat(5, { filters: ['tag:none'] }),
    ];
    expect(planDigestBatch(chats, history, context)).toEqual([
      // Had c: the next two, newest first (maxItems 2).
      {
        chatId: 1,
        threadId: null,
        briefingIds: ['b', 'a'],
        payload: { chatType: 'private', lang: 'en', briefingIds: ['b', 'a'] },
      },
      // 2 had everything: nothing. 3 has history (empty among these) and follows oil.
      {
        chatId: 3,
        threadId: null,
        briefingIds: ['c', 'a'],
        payload: { chatType: 'private', lang: 'en', briefingIds: ['c', 'a'] },
      },
      // No history: a new subscriber gets the latest only; no language: the default.
      {
        chatId: 4,
        threadId: 9,
        briefingIds: ['c'],
        payload: { chatType: 'supergroup', lang: 'ar', briefingIds: ['c'] },
      },
      // 5 follows what no briefing has: nothing.
    ]);
  });

  it('an empty batch or no briefings plans nothing', () => {
    expect(planDigestBatch([], new Map(), context)).toEqual([]);
    expect(planDigestBatch([chat(1)], new Map(), digestPlanContext([], 5, 'en'))).toEqual([]);
  });
});
