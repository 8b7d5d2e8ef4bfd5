// The readers of an event placed in a series (src/intake/events/series/): ranked "the fourth this year",
// the span a rank counts in, "one of 20 such killings", and "a second strike" — one list of ranks.
import { describe, expect, it } from 'vitest';
import { nextOfSeries } from '../../src/intake/events/series/next.js';
import { withoutSeriesCount } from '../../src/intake/events/series/one-of.js';
import { AR_RANKS, EN_RANKS } from '../../src/intake/events/series/ordinals.js';
import { outsideRanks, withoutRankedSpans } from '../../src/intake/events/series/rank-span.js';
import { ranksEventTold } from '../../src/intake/events/series/ranked.js';
import { rankOfDead } from '../../src/intake/tolls/wounded-died/phrases.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const m = normalizeForMatch;
const blanked = (text: string): string => withoutRankedSpans(m(text)).replace(/\s+/gu, ' ').trim();

describe('the ranks of a series', () => {
  it('runs from the second to the tenth in both languages, in every Arabic form', () => {
    expect(EN_RANKS).toEqual([
      'second',
      'third',
      'fourth',
      'fifth',
      'sixth',
      'seventh',
      'eighth',
      'ninth',
      'tenth',
    ]);
    expect(AR_RANKS).toEqual(expect.arrayContaining(['ثانية', 'الثاني', 'سابع', 'السابعة', 'العاشرة']));
    expect(AR_RANKS).toHaveLength(36);
  });
});

describe('an event ranked in its series', () => {
  it('reads "the blast was the ninth" and "وهذا الهجوم هو الثامن" as the event just told, ranked', () => {
    expect(ranksEventTold(m('The blast was the ninth in the province since January.'))).toBe(true);
    expect(ranksEventTold(m('وهذا الهجوم هو الثامن من نوعه منذ مطلع العام'))).toBe(true);
    expect(ranksEventTold(m('The ninth brigade moved into the town.'))).toBe(false);
  });

  it('blanks the span a rank counts in, so it is not taken for the event’s date', () => {
    expect(blanked('the attack, the eighth in the capital this week, killed two')).toBe(
      'the attack, , killed two',
    );
    expect(blanked('وهو التفجير السادس خلال أسبوعين')).toBe(m('وهو التفجير'));
    const text = m('the raid, the tenth this month, on Monday');
    const monday = text.indexOf('monday');
    const dates = [
      { start: text.indexOf('this month'), end: text.indexOf('this month') + 10 },
      { start: monday, end: monday + 6 },
    ];
    expect(outsideRanks(text, dates)).toEqual([dates[1]]);
  });

  it('blanks "one of more than 20 such killings since last year" and keeps a victim\'s "one of 20 people"', () => {
    expect(
      withoutSeriesCount(m('a council member, one of more than 20 such killings since last year')).trim(),
    ).toBe('a council member,');
    const victim = m('one of 20 people killed in the blast');
    expect(withoutSeriesCount(victim)).toBe(victim);
  });

  it('reads "a fifth drone strike" and "غارة رابعة" as the next of the series', () => {
    expect(nextOfSeries(m('On Monday, a fifth drone strike hit the outskirts of the town'))).toBe(true);
    expect(nextOfSeries(m('واستهدفت غارة رابعة أطراف البلدة'))).toBe(true);
    expect(nextOfSeries(m('Another strike hit the outskirts of the town'))).toBe(false);
  });

  it('gives the rank of the one who died up to the tenth', () => {
    expect(rankOfDead(m('A ninth, wounded in the attack, died in hospital'))).toBe(9);
    expect(rankOfDead(m('Two died at the scene'))).toBeNull();
  });
});
