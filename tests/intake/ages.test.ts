// An age beside the people counted says who they were, never how many (found on probe-r's misses).
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';

describe('an age told beside the victims', () => {
  it.each([['The two brothers (8 and 11 years old) were killed by the blast', 'en']] as const)(
    // (the ages in brackets set aside, the count before them is the dead's: bracketed-gloss.ts)
    'is no count of the dead, the count before it is: %s',
    (clause, lang) => {
      expect(findCasualties(matchView(clause), lang).killed).toBe(2);
    },
  );

  // (the singular "was killed" counts the one victim: one-was-killed.ts)
  it('is no count of the dead: "The victim, 35 years old, was killed by gunmen" is one dead, not 35', () => {
    expect(findCasualties(matchView('The victim, 35 years old, was killed by gunmen'), 'en').killed).toBe(1);
  });

  it('leaves the count told by the noun: "شقيقين (8 و11 عاماً) قتلا" is two dead', () => {
    expect(
      findCasualties(matchView('وأفاد مصدر بأن شقيقين (8 و11 عاماً) قتلا بانفجار قذيفة'), 'ar').killed,
    ).toBe(2);
  });

  it('leaves the count told by the noun: "أصيب شاب (19 عاماً) بجروح" is one wounded', () => {
    expect(findCasualties(matchView('أصيب شاب (19 عاماً) بجروح'), 'ar').wounded).toBe(1);
  });
});
