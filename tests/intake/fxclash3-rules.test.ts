// Rules from the fxclash3 round (issue 12, both sides' dead in a clash: a gunbattle as the killer of a
// relative clause, and the armed men a fight killed told before the other side's dead), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { tollsWithAttackers } from '../support/tolls.js';

describe('both sides of a fight, the armed men told first', () => {
  it('"Clashes … killed four militants and three policemen": one toll of seven', () => {
    expect(
      tollsWithAttackers(
        [
          'Clashes in the town of Hit on Sunday killed four militants and three policemen, a security source said.',
        ],
        'en',
        '2017-04-10',
      ),
    ).toEqual([{ killed: 7, wounded: null, attackersKilled: null }]);
  });

  it('"sparking a gunbattle that killed four insurgents and one Iraqi soldier": a gunbattle is a fight', () => {
    expect(
      tollsWithAttackers(
        [
          'Iraqi troops searched a house in Baquba on Monday, sparking a gunbattle that killed four insurgents and one Iraqi soldier, the army said.',
        ],
        'en',
        '2007-06-12',
      ),
    ).toEqual([{ killed: 5, wounded: null, attackersKilled: null }]);
  });

  it('an attack keeps its attackers apart: "Gunmen attacked a checkpoint …, killing two soldiers and three of the attackers"', () => {
    expect(
      tollsWithAttackers(
        [
          'Gunmen attacked an army checkpoint near Baquba on Monday, killing two soldiers; three of the attackers were killed, the army said.',
        ],
        'en',
        '2007-06-12',
      ),
    ).toEqual([{ killed: 2, wounded: null, attackersKilled: 3 }]);
  });

  it('the other side\'s count with a verb of its own is not their dead: "killed 12 jihadists and three of our fighters were wounded"', () => {
    expect(
      tollsWithAttackers(
        [
          '"Clashes overnight killed 12 jihadists and three of our fighters were wounded," said a spokesman in Hajin.',
        ],
        'en',
        '2017-04-10',
      ),
    ).toEqual([{ killed: 12, wounded: 3, attackersKilled: null }]);
  });
});
