// Rules found on English reports of a fight whose toll is both sides' dead, told in separate
// clauses (issue 12, fixer fxsidesen8): the other side's dead joined by "and" after a side's dead
// "killed in the fighting"; a side that "killed … and lost" men in a gunfight; the other side's dead
// set by "while" in a sentence a teller closes; a side's own dead "killed and wounded in the
// fighting" after an attack it fought off. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'en');

describe('"N militants were killed in the fighting, and M soldiers died": both sides of one fight', () => {
  it('adds the soldiers to the militants, past an aside', () => {
    expect(
      tolls(
        [
          'Troops take airfield in Salahuddin',
          'Iraqi troops took back an airfield north of Tikrit from militants on Sunday, the army said.',
          'An army statement said nine militants were killed in the fighting for the airfield, which lies near the river, and three soldiers died.',
        ],
        '2017-05-08',
      ),
    ).toEqual([[12, null, null]]);
  });

  it('keeps apart the attackers of an attack told in the clause', () => {
    expect(
      tolls(
        [
          'Attack on army post in Salahuddin',
          'Militants attacked an army post north of Tikrit on Sunday.',
          'Nine militants were killed in the fighting after the attack on the post, and three soldiers died.',
        ],
        '2017-05-08',
      ),
    ).toEqual([[3, null, 9]]);
  });
});

describe('"police killed three smugglers and lost one officer in a gunfight"', () => {
  it('counts the men lost beside the enemy killed', () => {
    expect(
      tolls(
        [
          'Border guards clash with smugglers',
          'Iraqi border guards killed two armed cattle smugglers and lost one guard in a gunfight near the town of Zurbatiyah in Wasit on Friday, a police source said.',
        ],
        '2019-07-13',
      ),
    ).toEqual([[3, null, null]]);
  });

  it('does not count men lost with no fight named', () => {
    expect(
      tolls(
        [
          'Border guards clash with smugglers',
          'Iraqi border guards killed two armed cattle smugglers and lost one guard near the town of Zurbatiyah in Wasit on Friday, a police source said.',
        ],
        '2019-07-13',
      ),
    ).toEqual([[2, null, null]]);
  });
});

describe('"N jihadists were killed, while M soldiers died in the fighting, a colonel said"', () => {
  it('adds the soldiers, the teller closing the sentence', () => {
    expect(
      tolls(
        [
          'Army advances near Baiji',
          'Iraqi troops backed by police pushed into a village west of Baiji in Salahuddin province on Thursday, after fighting that began at dawn, officers said.',
          'Some 20 jihadists were killed, while three soldiers and one policeman died in the fighting, a police major told reporters.',
        ],
        '2016-03-11',
      ),
    ).toEqual([[24, null, null]]);
  });
});

describe('both sides counted again in a sentence a teller closes, no "while"', () => {
  it("keeps the toll told, the teller's own figure of it", () => {
    expect(
      tolls(
        [
          'Clashes kill 16 in Salahuddin',
          'At least 16 people were killed on Monday in clashes between the army and militants near the town of Tuz Khurmatu in Salahuddin province, a monitor said.',
          'The army launched an assault to retake a village held by the militants. Twelve militants and four soldiers were killed in the fighting, the monitor said.',
        ],
        '2016-03-11',
      ),
    ).toEqual([[16, null, null]]);
  });
});

describe('an attack fought off, then "N fighters were killed and M wounded in the fighting"', () => {
  it('adds the defenders killed to the attackers they killed', () => {
    expect(
      tolls(
        [
          'Kurdish forces repel assault west of Kirkuk',
          'Peshmerga forces repelled an assault by Islamic State militants on their positions near Dibis, west of Kirkuk, on Wednesday night, killing 12 militants, a Kurdish officer said.',
          'Two Peshmerga fighters were killed and five wounded in the fighting, which lasted until dawn, the officer said.',
        ],
        '2015-04-02',
      ),
    ).toEqual([[14, 5, null]]);
  });
});
