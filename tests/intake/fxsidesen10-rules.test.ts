// Both sides' dead of one English fight, and a strike's toll of militants (issue 12, probe-s34e–h,
// s35a–d), each rule on invented sentences.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { tolls } from '../support/tolls.js';

const casualties = (text: string) => findCasualties(matchView(text), 'en');

describe('the counts of a serial list "A, B and C" before one verb are all its subject (serial-list.ts)', () => {
  it.each([
    ['Four policemen, three soldiers and two civilians were wounded in the blast.', null, 9],
    ['Five soldiers, three allied militiamen and at least 11 insurgents were killed on Monday.', 8, null],
  ])('reads "%s"', (text, killed, wounded) => {
    const read = casualties(text);
    if (killed !== null) expect(read.killed).toBe(killed);
    if (wounded !== null) expect(read.wounded).toBe(wounded);
  });
  it('not counts of another clause before the comma', () => {
    expect(
      casualties('The bomb killed four people, and two soldiers and a policeman were wounded.').wounded,
    ).toBe(3);
  });
});

describe('a first count\'s noun with several describing words still joins the attackers after "and" (casualty-phrase.ts)', () => {
  it('keeps the militants apart', () => {
    const read = casualties(
      'Two pro-government Sunni tribal fighters and nine militants were killed on Friday.',
    );
    expect([read.killed, read.attackersKilled]).toEqual([2, 9]);
  });
});

describe('dead killed as a force launched an offensive are both its sides (killed-in-offensive.ts)', () => {
  it.each([
    [
      'Three soldiers and 15 militants were killed on Sunday when the army launched an offensive on the villages.',
      18,
    ],
    [
      'Two policemen and six insurgents were killed as security forces began a new assault on the district.',
      8,
    ],
  ])('reads "%s"', (text, n) => {
    expect(casualties(text).killed).toBe(n);
  });
  it('not an attack by the militants', () => {
    expect(
      casualties('Three soldiers and two gunmen were killed when militants attacked a checkpoint.').killed,
    ).toBe(3);
  });
});

describe("a partitive's owner with hyphened words is passed over to the verb (casualties-en.ts)", () => {
  it('counts the militants', () => {
    const read = casualties(
      'At least nine militants of the al-Qaeda-linked Jund al-Aqsa (JA) group were killed in air strikes.',
    );
    expect(read.killed ?? read.attackersKilled).toBe(9);
  });
});

describe("a force's own dead 'in the fighting' after the place it took are the taking's toll too (place-taken-en.ts)", () => {
  it('sums both sides', () => {
    expect(
      tolls(
        [
          'Iraqi troops recaptured the village of Tal Hamad near Tikrit on Sunday, killing 14 militants, an army officer said.',
          'Two soldiers were killed and five wounded in the fighting, a police source said.',
        ],
        'en',
        '2016-03-14',
      ),
    ).toEqual([{ killed: 16, wounded: 5 }]);
  });
});
