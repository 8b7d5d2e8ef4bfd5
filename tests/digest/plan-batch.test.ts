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

  it('chats with the same filters and the same history set share one digest; another history or chat type is its own', () => {
    const hadC = new Set(['c']);
    const filters: string[] = [];
    // 1 and 2 share the set (as the store's plan read gives it), 3 has an equal set of its own.
    const history = new Map([
      [1, hadC],
      [2, hadC],
      [3, new Set(['c'])],
      [4, hadC],
      [5, new Set(['b'])],
    ]);
    const chats = [
      chat(1, { filters }),
      chat(2, { filters }),
      chat(3, { filters }),
      chat(4, { filters, type: 'group' }),
      chat(5, { filters }),
    ];
    const planned = planDigestBatch(chats, history, context);
    expect(planned.map((d) => [d.chatId, d.briefingIds, d.payload])).toEqual([
      [1, ['b', 'a'], { chatType: 'private', lang: 'en', briefingIds: ['b', 'a'] }],
      [2, ['b', 'a'], { chatType: 'private', lang: 'en', briefingIds: ['b', 'a'] }],
      [3, ['b', 'a'], { chatType: 'private', lang: 'en', briefingIds: ['b', 'a'] }],
      [4, ['b', 'a'], { chatType: 'group', lang: 'en', briefingIds: ['b', 'a'] }],
      [5, ['c', 'a'], { chatType: 'private', lang: 'en', briefingIds: ['c', 'a'] }],
    ]);
    const [one, two, three, four] = planned;
    expect(two!.payload).toBe(one!.payload);
    expect(two!.briefingIds).toBe(one!.briefingIds);
    expect(three!.payload).not.toBe(one!.payload);
    expect(four!.briefingIds).toBe(one!.briefingIds);
    expect(four!.payload).not.toBe(one!.payload);
  });

  it('an empty batch or no briefings plans nothing', () => {
    expect(planDigestBatch([], new Map(), context)).toEqual([]);
    expect(planDigestBatch([chat(1)], new Map(), digestPlanContext([], 5, 'en'))).toEqual([]);
  });
});
