import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/content/schema.js';
import { planChatDigest } from '../../src/digest/plan.js';

const briefing = (id: string, tags: string[] = []) => ({ id, tags }) as unknown as Briefing;
const newestFirst = [briefing('e', ['kirkuk']), briefing('d'), briefing('c', ['kirkuk']), briefing('b'), briefing('a')];
const all = () => true;

describe('planChatDigest', () => {
  it.each([
    ['everything new, capped, newest first', { delivered: [], hasHistory: true, maxItems: 3 }, ['e', 'd', 'c']],
    ['skips what the chat already had', { delivered: ['e', 'c'], hasHistory: true, maxItems: 5 }, ['d', 'b', 'a']],
    ['nothing new: no digest', { delivered: ['a', 'b', 'c', 'd', 'e'], hasHistory: true, maxItems: 5 }, []],
    ['a new subscriber starts with the latest only', { delivered: [], hasHistory: false, maxItems: 5 }, ['e']],
  ])('%s', (_, input, expected) => {
    expect(planChatDigest({ briefings: newestFirst, delivered: new Set(input.delivered), hasHistory: input.hasHistory, matches: all, maxItems: input.maxItems })).toEqual(expected);
  });

  it('honours the filters', () => {
    const kirkuk = (b: Briefing) => b.tags.includes('kirkuk');
    expect(planChatDigest({ briefings: newestFirst, delivered: new Set(['e']), hasHistory: true, matches: kirkuk, maxItems: 5 })).toEqual(['c']);
  });
});
