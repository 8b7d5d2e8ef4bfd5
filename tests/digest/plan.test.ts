import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/content/schema.js';
import { planChatDigest } from '../../src/digest/plan.js';
import { choosableSlotNames, slotName } from '../../src/digest/slot-name.js';

const briefing = (id: string, tags: string[] = []) => ({ id, tags }) as unknown as Briefing;
const newestFirst = [
  briefing('e', ['kirkuk']),
  briefing('d'),
  briefing('c', ['kirkuk']),
  briefing('b'),
  briefing('a'),
];
const all = () => true;

describe('planChatDigest', () => {
  it.each([
    [
      'everything new, capped, newest first',
      { delivered: [], hasHistory: true, maxItems: 3 },
      ['e', 'd', 'c'],
    ],
    [
      'skips what the chat already had',
      { delivered: ['e', 'c'], hasHistory: true, maxItems: 5 },
      ['d', 'b', 'a'],
    ],
    ['nothing new: no digest', { delivered: ['a', 'b', 'c', 'd', 'e'], hasHistory: true, maxItems: 5 }, []],
    [
      'a new subscriber starts with the latest only',
      { delivered: [], hasHistory: false, maxItems: 5 },
      ['e'],
    ],
  ])('%s', (_, input, expected) => {
    expect(
      planChatDigest({
        briefings: newestFirst,
        delivered: new Set(input.delivered),
        hasHistory: input.hasHistory,
        matches: all,
        maxItems: input.maxItems,
      }),
    ).toEqual(expected);
  });

  it('honours the filters', () => {
    const kirkuk = (b: Briefing) => b.tags.includes('kirkuk');
    expect(
      planChatDigest({
        briefings: newestFirst,
        delivered: new Set(['e']),
        hasHistory: true,
        matches: kirkuk,
        maxItems: 5,
      }),
    ).toEqual(['c']);
  });
});

describe('slot names', () => {
  it.each([
    ['0 8 * * *;0 20 * * *', ['08:00', '20:00']],
    ['30 6 * * 1', ['06:30']],
    ['0 0 8 * * *', ['08:00']],
    ['0 8 * * *;*/30 * * * *', []],
    ['*/10 * * * * *', []],
    ['15 30 9 * * *', []],
  ])('%s offers %j', (schedule, expected) => {
    expect(choosableSlotNames(schedule.split(';'))).toEqual(expected);
  });

  it('names a slot by its local time', () => {
    expect(slotName('2026-11-24T08:00:00 Asia/Baghdad')).toBe('08:00');
  });
});
