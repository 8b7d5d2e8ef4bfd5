// Rules found on both sides' dead of one fight told apart in English (issue 12, fixer fxclash10):
// the dead in a relative clause on the place a fight was told in, and the other side's dead set
// against the armed men a fight killed by "while". Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'en');

describe('"fighting was in X, where six soldiers and nine gunmen were killed": the toll of the fight there', () => {
  it('sums both sides where the place is in apposition', () => {
    expect(
      tolls(
        [
          'Tribal fighting spreads in eastern Syria',
          'BEIRUT, May 4 (Reuters) - The heaviest fighting on Monday was in al-Mayadin, a market town on the Euphrates, where seven SDF fighters and five tribal gunmen were killed as the two sides fought over a bridge, a war monitor said.',
        ],
        '2022-05-04',
      ),
    ).toEqual([[12, null, null]]);
  });

  it('keeps suicide bombers told in the relative clause apart', () => {
    expect(
      tolls(
        [
          'Bombers strike during Anbar fighting',
          'RAMADI, Iraq, March 3 (AP) - Fighting went on for hours on Sunday in the outskirts of Ramadi, where four policemen and two suicide bombers were killed at a checkpoint, police said.',
        ],
        '2015-03-03',
      ),
    ).toEqual([[4, null, 2]]);
  });

  it('keeps the attackers apart where the fight was an attack', () => {
    expect(
      tolls(
        [
          'Clashes in Anbar',
          'RAMADI, Iraq, March 3 (AP) - Clashes went on for hours on Sunday in the outskirts of Ramadi, where four policemen and two gunmen were killed after the gunmen attacked a checkpoint, police said.',
        ],
        '2015-03-03',
      ),
    ).toEqual([[4, null, 2]]);
  });
});

describe('"N militants were killed in the assault, while M of the militia\'s fighters were killed": one toll', () => {
  it('sums the side told after "while" with the armed men killed in the assault, its wounded kept', () => {
    expect(
      tolls(
        [
          'Army retakes village from IS',
          'TIKRIT, Iraq, June 8 (AP) — Iraqi troops backed by tribal fighters retook the village of Awja south of Tikrit from the Islamic State group on Saturday, officials said.',
          "An army spokesman said 23 IS militants were killed in the overnight assault, while five of the tribal force's fighters were killed and nine wounded, most of them by snipers.",
        ],
        '2015-06-08',
      ),
    ).toEqual([[28, 9, null]]);
  });

  it('keeps the attackers apart where the armed men died in an attack', () => {
    expect(
      tolls(
        [
          'IS attack on army post repelled',
          'TIKRIT, Iraq, June 8 (AP) — Islamic State militants attacked an army post in the village of Awja south of Tikrit on Saturday, officials said.',
          'An army spokesman said 23 IS militants were killed in the attack, while five soldiers were killed and nine wounded.',
        ],
        '2015-06-08',
      ),
    ).toEqual([[5, 9, 23]]);
  });
});
