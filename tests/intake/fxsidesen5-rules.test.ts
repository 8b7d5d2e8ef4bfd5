// Fights told side by side in English (issue 12, probe-s30e–h, s31a–d), each rule on invented
// sentences.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { tolls, tollsWithAttackers } from '../support/tolls.js';

const killed = (text: string) => findCasualties(matchView(text), 'en');

describe('a clash told with no dead, its toll by side in the next sentence (clash-told-before.ts)', () => {
  it('sums the armed men with the forces: both sides of the clash', () => {
    expect(
      tollsWithAttackers(
        [
          'Near the dam in Idlib province, army troops pushing toward the town clashed with insurgents. Seven soldiers and four insurgents were killed.',
        ],
        'en',
        '2019-05-02',
      ),
    ).toEqual([{ killed: 11, wounded: null, attackersKilled: null }]);
  });
  it('keeps the attackers apart where the opening told an attack', () => {
    expect(
      tollsWithAttackers(
        [
          'Insurgents attacked an army post near the dam in Idlib province, sparking clashes. Seven soldiers and four insurgents were killed.',
        ],
        'en',
        '2019-05-02',
      ),
    ).toEqual([{ killed: 7, wounded: null, attackersKilled: 4 }]);
  });
});

describe("a side's own dead after the enemy it killed in its push (push-told.ts)", () => {
  it("adds the side's dead told in the clashes to the push's toll", () => {
    expect(
      tolls(
        [
          'The army said on Sunday its troops killed 30 militants on Friday as they advanced on the town of Maadan in Raqqa province.',
          'A monitoring group said six soldiers were also killed in the clashes.',
        ],
        'en',
        '2017-07-02',
      ),
    ).toEqual([{ killed: 36, wounded: null }]);
  });
});

describe('a partitive\'s owner between the count and "dead" after "left" (left-dead-owner.ts)', () => {
  it.each([
    ['The clashes left four members of the border guard dead.', 4],
    [
      'Heavy fighting near the bridge left at least nine members of the tribal militia dead, an officer said.',
      9,
    ],
  ])('reads "%s"', (text, n) => {
    expect(killed(text).killed).toBe(n);
  });
  it('reads no count of "two of the dead"', () => {
    expect(killed('Two of the dead were children.').killed).toBe(null);
  });
});

describe('armed men and the other side summed in one count a fight left dead (sides-in-one-count.ts)', () => {
  it.each([
    ['Fighting near the airport left 25 insurgents and three policemen dead.', 28],
    ['Fighting on the ridge left more than 30 insurgents and seven members of the army dead.', 37],
  ])('reads "%s" as the fight\'s toll', (text, n) => {
    expect(killed(text)).toMatchObject({ killed: n, attackersKilled: null });
  });
  it("keeps an attack's armed men apart", () => {
    expect(
      killed('Gunmen attacked a checkpoint, leaving four gunmen and six soldiers dead.').killed,
    ).not.toBe(10);
  });
});

describe('both sides the subject of "fought" and where they fought (event-type-cues.ts)', () => {
  it('opens a fight whose dead the next sentence tells', () => {
    expect(
      tolls(
        [
          'Insurgents and police fought in orchards outside the town of Kafr Nabl in Idlib province late on Monday, residents said. They said five insurgents were killed.',
        ],
        'en',
        '2013-03-05',
      ),
    ).toEqual([{ killed: 5, wounded: null }]);
  });
});
