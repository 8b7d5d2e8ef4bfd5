// Both sides' dead of a fight told apart in English (issue 12, probe-s28e–h, s29a–d), each rule on
// invented sentences.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { sidesSinceOnset } from '../../src/intake/roundups/sides-since-onset.js';
import { withoutOwnOnsetDay } from '../../src/intake/roundups/since-own-onset.js';
import { extracted, tolls } from '../support/tolls.js';

const killed = (text: string) => findCasualties(matchView(text), 'en').killed;

describe('both sides tallied since the fight told began are its toll, no span (sides-since-onset.ts)', () => {
  it.each([
    'An army officer said four soldiers and at least 15 gunmen had been killed since the fighting began.',
    'Activists said 12 insurgents and nine troops and allied militiamen were killed in the clashes since the operation began Sunday.',
    'The monitor said about 25 fighters, among them two commanders, and 18 soldiers had been killed since the army launched its assault Wednesday.',
  ])('reads "%s"', (text) => {
    expect(sidesSinceOnset(matchView(text).text)).toBe(true);
  });
  it.each([
    // one side's dead only: a running count, no tally of a fight
    'More than 300 civilians have been killed since the fighting began.',
    // since a start months back: a campaign's total
    'Some 900 soldiers and 1,400 rebels have been killed since the offensive began in June.',
  ])('not "%s"', (text) => {
    expect(sidesSinceOnset(matchView(text).text)).toBe(false);
  });
  it('drafts the fight told before with both sides dead', () => {
    expect(
      tolls(
        [
          'Heavy fighting between troops and rebels raged in the town of Hit for a second day on Monday.',
          'A local official said at least 11 rebels and three soldiers had been killed since the fighting began, and 20 people had been wounded.',
        ],
        'en',
        '2015-03-10',
      ),
    ).toEqual([{ killed: 14, wounded: 20 }]);
  });
});

describe('the tally since the fighting began points back at the fight told: its doer stays (sides-since-onset.ts)', () => {
  it('keeps the group that took the villages as the doer though its men are counted', () => {
    const drafted = extracted(
      [
        'Hayat Tahrir al-Sham has seized several villages held by the Nour al-Din al-Zinki Movement west of Aleppo after two days of clashes.',
        'A monitoring group said 19 HTS fighters and 12 Zinki members had been killed since the fighting began.',
      ],
      'en',
      '2019-01-04',
    );
    expect(drafted.map((x) => ({ actors: x.actors, killed: x.killed }))).toEqual([
      { actors: ['hts'], killed: 31 },
    ]);
  });
});

describe('an offensive launched by its doers on a weekday is the running toll of the one told (since-own-onset.ts)', () => {
  it('blanks "since troops launched their assault Friday"', () => {
    expect(withoutOwnOnsetDay('had been killed since troops launched their assault friday')).not.toContain(
      'since',
    );
  });
  it('blanks "since the army launched its offensive early on Sunday"', () => {
    expect(
      withoutOwnOnsetDay('were killed since the army launched its offensive early on sunday'),
    ).not.toContain('since');
  });
  it('keeps a launch of months back', () => {
    expect(withoutOwnOnsetDay('were killed since troops launched their assault in june')).toContain('since');
  });
});

describe('a fight its teller said killed, past a relative aside, killed both sides (fight-said-killed.ts)', () => {
  it('sums both sides', () => {
    expect(
      killed(
        'The monitor said the clashes, which broke out at dawn and lasted until noon, killed 14 soldiers and nine militants.',
      ),
    ).toBe(23);
  });
  it('keeps attackers apart where the aside tells an attack', () => {
    expect(
      killed(
        'Officials said the clashes, which followed an attack on a checkpoint, killed 14 soldiers and nine militants.',
      ),
    ).toBe(14);
  });
});

describe('a forces-first tally past asides on each side, the forces told as loyalists (sides-tallied.ts)', () => {
  it('sums "pro-regime fighters, among them …, and N rebels, including …,"', () => {
    expect(
      killed(
        'Activists said at least 35 pro-regime fighters, among them foreign militiamen, and 21 rebels, including two local commanders, were killed.',
      ),
    ).toBe(56);
  });
});

describe("armed men read as attackers are a tally's other side where it counts since the fight began (sides-tallied.ts)", () => {
  it('sums "N soldiers and M militants had been killed since the fighting began"', () => {
    expect(
      killed(
        'An officer said two soldiers and at least nine militants had been killed since the fighting began.',
      ),
    ).toBe(11);
  });
  it('keeps the attackers apart in a bare tally', () => {
    expect(
      findCasualties(matchView('Two soldiers and nine militants were killed.'), 'en').attackersKilled,
    ).toBe(9);
  });
});
