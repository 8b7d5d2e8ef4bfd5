// Rules found on both sides' dead of one fight, second round (issue 12, fixer fxclash22): the doers'
// dead of an attack set by "while" against its victims and told fallen "in the clash" — a fight, its
// two sides' dead one toll, whoever the clause cites. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'en');

describe('"…, killing five soldiers, while three rebels died in the clash": the doers fallen in the fight', () => {
  it('sums the doers told fallen in the clash with the victims, a monitor cited for them', () => {
    expect(
      tolls(
        [
          'Fighting in the north',
          'In the town of Kafr Nabl, rebels attacked an army post on Monday, killing five soldiers, while three rebels died in the clash, according to the monitor.',
        ],
        '2013-05-14',
      ),
    ).toEqual([[8, null, null]]);
  });

  it('sums them told killed in the fighting, a teller cited after', () => {
    expect(
      tolls(
        [
          'Fighting in the north',
          'Rebels raided a checkpoint in the town of Maarat Misrin on Tuesday, killing six soldiers, while two rebels were killed in the fighting, activists said.',
        ],
        '2013-05-15',
      ),
    ).toEqual([[8, null, null]]);
  });

  it('keeps the attackers apart where their dead are not told fallen in the fight', () => {
    expect(
      tolls(
        [
          'Fighting in the north',
          'In the town of Kafr Nabl, rebels attacked an army post on Monday, killing five soldiers, while three rebels were killed.',
        ],
        '2013-05-14',
      ),
    ).toEqual([[5, null, 3]]);
  });
});
