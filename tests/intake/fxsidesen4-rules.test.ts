// Both sides' dead of one fight in English (issue 12, probe-s29e–h, s30a–d), each rule on invented
// sentences.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { sidesSinceOnset } from '../../src/intake/roundups/sides-since-onset.js';
import { spanFightOfSides } from '../../src/intake/roundups/span-fight-of-sides.js';
import { tolls, tollsWithAttackers } from '../support/tolls.js';

const killed = (text: string) => findCasualties(matchView(text), 'en').killed;

describe("the other side's count past the first side's allies (side-past-allies.ts)", () => {
  it.each([
    ['Clashes near the dam killed 12 soldiers and pro-government militiamen and 17 insurgents.', 29],
    [
      'The army retook the hill after two days of fighting that killed 8 troops and allied militiamen and about 20 rebels.',
      28,
    ],
  ])('reads "%s"', (text, n) => {
    expect(killed(text)).toBe(n);
  });
  it('counts the first side alone where no other count follows', () => {
    expect(killed('Clashes near the dam killed 12 soldiers and pro-government militiamen.')).toBe(12);
  });
});

describe('the other side joined by "as well as" in a fight (fight-toll.ts)', () => {
  it.each([
    ['Fighting around the airport killed 8 Kurdish fighters, as well as 30 militants.', 38],
    [
      'Clashes in the valley killed six fighters of the tribal force and two members of the police, as well as at least 11 jihadists.',
      19,
    ],
  ])('reads "%s"', (text, n) => {
    expect(killed(text)).toBe(n);
  });
});

describe('a fight its teller says killed since its onset (fight-said-killed.ts)', () => {
  it('sums both sides, the armed men no attackers', () => {
    expect(
      killed(
        'A monitor said fighting since the insurgents launched their offensive on Saturday had killed nine policemen and 14 militants.',
      ),
    ).toBe(23);
  });
});

describe('a fight since its onset this week that killed both sides (sides-since-onset.ts)', () => {
  it.each([
    'A monitor said fighting since the militants launched their assault at dawn on Tuesday had killed 11 fighters of the tribal force, as well as 17 militants.',
    'Clashes since the offensive began on Friday have killed at least nine soldiers and 20 insurgents, the monitor said.',
  ])('reads "%s"', (text) => {
    expect(sidesSinceOnset(matchView(text).text)).toBe(true);
  });
  it.each([
    // one side's count by the side that killed them: a campaign's tally, no fight's toll
    'The spokesman said troops had killed 80 militants since the offensive began at dawn on Sunday.',
    // a fight since months back
    'Fighting since the militants launched their offensive in June has killed 300 soldiers and 900 militants.',
  ])('not "%s"', (text) => {
    expect(sidesSinceOnset(matchView(text).text)).toBe(false);
  });
  it('drafts the fight with both sides dead, no span', () => {
    expect(
      tolls(
        [
          'The monitor said fighting since the militants launched their assault at dawn on Monday had killed at least 12 fighters of the Kurdish YPG militia, as well as 19 militants in Hasakah province.',
        ],
        'en',
        '2016-05-11',
      ),
    ).toEqual([{ killed: 31, wounded: null }]);
  });
});

describe('one count of both sides since the fight began (sides-since-onset.ts)', () => {
  it.each([
    'A monitor said at least 30 fighters from both sides had been killed in the clashes near the dam, since the offensive began on Saturday.',
    'Some 22 combatants on both sides have been killed since the fighting began on Tuesday.',
  ])('reads "%s"', (text) => {
    expect(sidesSinceOnset(matchView(text).text)).toBe(true);
  });
  it('not a campaign since months back', () => {
    expect(
      sidesSinceOnset(
        matchView('Some 2,000 fighters from both sides have been killed since the offensive began in March.')
          .text,
      ),
    ).toBe(false);
  });
});

describe("a span's toll of a fight's two sides sums no blows from afar (span-fight-of-sides.ts)", () => {
  it('reads the fight and both sides', () => {
    expect(
      spanFightOfSides(
        matchView('Fighting over the past two days killed 20 insurgents and 15 soldiers.').text,
      ),
    ).toBe(true);
    expect(
      spanFightOfSides(
        matchView('Air strikes and fighting over two days killed 20 insurgents and 15 soldiers.').text,
      ),
    ).toBe(false);
  });
  it('keeps the fight as an incident beside the shelling and the strike told after it', () => {
    expect(
      tolls(
        [
          'Fighting in Idlib province over the past two days killed 20 insurgents and 15 soldiers and allied militiamen, a monitor said.',
          'Government shelling killed four civilians in the town of Saraqeb on Monday.',
          'An air strike on Sunday killed two children in the village of Sarmin.',
        ],
        'en',
        '2020-02-18',
      ),
    ).toEqual([
      { killed: 35, wounded: null },
      { killed: 4, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('the armed men counted after the forces told attacking are no attackers (forces-attacked-tally.ts)', () => {
  it("sums both sides' dead of the forces' assault", () => {
    expect(
      tollsWithAttackers(
        [
          'On Friday, army troops attacked insurgent positions near the town of Hit, triggering fierce clashes.',
          'A police officer said five soldiers and eight insurgents were killed.',
        ],
        'en',
        '2015-06-13',
      ),
    ).toEqual([{ killed: 13, wounded: null, attackersKilled: null }]);
  });
  it('keeps the attackers apart where the militants attacked', () => {
    expect(
      tollsWithAttackers(
        [
          'On Friday, militants attacked an army post near the town of Hit, triggering fierce clashes.',
          'A police officer said five soldiers and eight insurgents were killed.',
        ],
        'en',
        '2015-06-13',
      ),
    ).toEqual([{ killed: 5, wounded: null, attackersKilled: 8 }]);
  });
});

describe("a fight's toll told again by side adds no dead and takes the wounded (sides-told-again.ts)", () => {
  it('keeps one incident with the wounded guard', () => {
    expect(
      tollsWithAttackers(
        [
          'A police officer and three suspected gunrunners were killed in a gunfight near the town of Rutba in Anbar province on Friday.',
          'The gunrunners fired first and the police shot back, the officer said.',
          'One policeman and three smugglers were killed, and a second policeman was wounded.',
        ],
        'en',
        '2018-03-04',
      ),
    ).toEqual([{ killed: 4, wounded: 1, attackersKilled: null }]);
  });
});
