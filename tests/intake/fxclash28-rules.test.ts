// Rules found on both sides' dead of one fight, fourth round (issue 12, fixer fxclash28): the other
// side's dead joined after an aside on those counted first. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const en = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'en');

describe('"killed 11 tribal fighters, among them their leader …, and nine militants": an aside between the sides', () => {
  it('sums both sides across the "among them" aside', () => {
    expect(
      en(
        [
          'Battle for the ridge',
          'Fighting on Thursday for a ridge in the Latakia countryside killed 11 tribal fighters, among them the brother of a clan leader, and nine militants, a monitoring group said.',
        ],
        '2016-08-19',
      ),
    ).toEqual([[20, null, null]]);
  });

  it('sums both sides across an "including" aside', () => {
    expect(
      en(
        [
          'Clashes in the hills',
          'Clashes in the hills east of Jisr al-Shughour killed six government soldiers, including an officer from the Republican Guard, and four rebels on Monday, activists said.',
        ],
        '2015-04-28',
      ),
    ).toEqual([[10, null, null]]);
  });
});

describe('"killed 14 militants, including two of their emirs, and three soldiers": the armed men told first', () => {
  it('sums both sides across the aside on the militants', () => {
    expect(
      en(
        [
          'Fighting in Anbar',
          'Fighting near the town of Rawa killed 14 militants, including two of their local emirs, and three soldiers on Friday, an army officer said.',
        ],
        '2016-10-22',
      ),
    ).toEqual([[17, null, null]]);
  });
});

describe('"said they killed nine jihadists in clashes …, adding that three of their own fighters were killed"', () => {
  it('sums the enemies a side killed in a fight and its own dead it tells after them', () => {
    expect(
      en(
        [
          'Clashes south of Hasakah',
          'The Kurdish-led forces said they had killed nine jihadists in clashes on Tuesday in the farmland south of Hasakah, adding that three of their own fighters were killed.',
        ],
        '2018-05-16',
      ),
    ).toEqual([[12, null, null]]);
  });

  it('keeps them apart where no fight is told', () => {
    expect(
      en(
        [
          'Ambush near Tikrit',
          'The army said its troops killed 12 militants in an ambush near Tikrit on Sunday, saying four of its own soldiers were killed.',
        ],
        '2015-04-28',
      ),
    ).toEqual([[4, null, 12]]);
  });
});
