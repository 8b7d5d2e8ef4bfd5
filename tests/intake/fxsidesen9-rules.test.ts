// Rules found on English fights whose two sides' dead are told apart (issue 12, fixer fxsidesen9):
// a tally of both sides told as the fight's absolute phrase, "with N soldiers … and M rebels killed".
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'en');

describe('"…, with 14 soldiers and allied militiamen and 19 rebels killed": a verbless tally of both sides', () => {
  it('sums both sides told after "with"', () => {
    expect(
      tolls(
        [
          'Fighting rages north of Hama',
          'Fighting has raged since Monday around the villages of Taybat al-Imam and Souran in Hama province, with at least 14 soldiers and allied militiamen and 19 rebels killed, a monitoring group said.',
        ],
        '2018-03-14',
      ),
    ).toEqual([[33, null, null]]);
  });

  it('sums the armed men told first too', () => {
    expect(
      tolls(
        [
          'Fighting rages north of Hama',
          'Clashes went on for a second day on Tuesday near Souran in Hama province, with 19 jihadists and 14 government troops killed, a monitoring group said.',
        ],
        '2018-03-14',
      ),
    ).toEqual([[33, null, null]]);
  });

  it('does not take a verbless tally not opened by "with"', () => {
    expect(
      tolls(
        [
          'Fighting rages north of Hama',
          'Fighting raged on Tuesday around Souran in Hama province, leaving 14 soldiers and allied militiamen and 19 rebels killed, a monitoring group said.',
        ],
        '2018-03-14',
      ),
    ).not.toEqual([[33, null, null]]);
  });
});

describe('"killed in clashes with the Hashd", then "a Hashd spokesman said three of its fighters had been killed"', () => {
  it("adds the dead the foe counted of its own to the fight's toll", () => {
    expect(
      tolls(
        [
          'Clashes near Daquq',
          'At least nine Peshmerga fighters were killed and 20 wounded in clashes with Iraqi forces and the Hashd al-Shaabi near Daquq, south of Kirkuk, on Monday, the Peshmerga said.',
          'A spokesman for the Hashd al-Shaabi said three of its fighters had been killed in the fighting near Daquq.',
        ],
        '2017-10-17',
      ),
    ).toEqual([[12, 20, null]]);
  });

  it('does not add the own dead of a side the fight was not told against', () => {
    expect(
      tolls(
        [
          'Clashes near Daquq',
          'At least nine Peshmerga fighters were killed and 20 wounded in clashes with Islamic State militants near Daquq, south of Kirkuk, on Monday, the Peshmerga said.',
          'A spokesman for the Hashd al-Shaabi said three of its fighters had been killed in the fighting near Daquq.',
        ],
        '2017-10-17',
      ),
    ).not.toEqual([[12, 20, null]]);
  });
});

describe('"…said three of its fighters had been killed …" then "The other side rejected that account"', () => {
  it("keeps a side's count of its own dead that the next sentence's rejection follows", () => {
    expect(
      tolls(
        [
          'Clashes near Daquq',
          'At least nine Peshmerga fighters were killed and 20 wounded in clashes with Iraqi forces and the Hashd al-Shaabi near Daquq, south of Kirkuk, on Monday, the Peshmerga said.',
          'A spokesman for the Hashd al-Shaabi said three of its fighters had been killed in the fighting, which he said began when Kurdish units fired on the troops. The Peshmerga command rejected that account, saying its men only defended their positions.',
        ],
        '2017-10-17',
      ),
    ).toEqual([[12, 20, null]]);
  });

  it('still drops a claim of the enemy killed that the next sentence rejects', () => {
    expect(
      tolls(
        [
          'Clashes near Daquq',
          'At least nine Peshmerga fighters were killed and 20 wounded in clashes with Iraqi forces and the Hashd al-Shaabi near Daquq, south of Kirkuk, on Monday, the Peshmerga said.',
          'A spokesman for the Hashd al-Shaabi said its fighters had killed 30 Peshmerga and lost three of their own men in the fighting. The Peshmerga command rejected that account.',
        ],
        '2017-10-17',
      ),
    ).toEqual([[9, 20, null]]);
  });
});
