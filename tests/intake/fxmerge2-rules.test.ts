// Rules found on one event told twice, or two told as one (issue 12, fixer fxmerge2): the wounded of
// both sides of a clash, told with the spot the fight began at; a side's own toll, told to an outlet
// in another city.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls, ingested } from '../support/tolls.js';

describe('"…قتلوا، بينما أصيب 12 من الطرفين، إثر هجوم على نقطة عند مدخل قرية X": the clash\'s wounded', () => {
  it('gives the wounded of both sides to the clash, not to an event at the unknown village', () => {
    expect(
      draftedTolls(
        [
          'اقتتال فصائلي',
          'قُتل ثمانية مقاتلين من فصيلين معارضين في اشتباكات اندلعت فجر الخميس قرب مدينة سراقب بريف إدلب.',
          'وقال مصدر عسكري إن خمسة من عناصر الفصيل الأول وثلاثة من الثاني قتلوا، بينما أصيب 12 من الطرفين، إثر هجوم شنه الفصيل الأول على نقطة للفصيل الثاني عند مدخل قرية كفرعميم الصغرى.',
        ],
        '2019-03-08',
      ),
    ).toEqual([[8, 12, null]]);
  });

  it('reads the English "while 12 were wounded on both sides" the same way', () => {
    expect(
      draftedTolls(
        [
          'Rebel infighting',
          'Eight fighters of two rebel factions were killed in clashes near the town of Saraqeb in Idlib province early on Thursday.',
          'A commander said five fighters of one faction and three of the other were killed, while 12 were wounded on both sides, after an attack on a checkpoint near the village of Kafr Umaym al-Sughra.',
        ],
        '2019-03-08',
      ),
    ).toEqual([[8, 12, null]]);
  });
});

describe('"a commander told Reuters in Baghdad that two fighters had been killed": where the teller spoke', () => {
  it("keeps the side's own toll with the strikes, not as an event in the city it was told in", () => {
    expect(
      ingested(
        'Air strikes hit militia camp in eastern Syria',
        [
          'Warplanes struck a camp used by an Iran-backed militia near the town of al-Mayadin in Deir ez-Zor province late on Sunday, a monitor said.',
          'The monitor said at least 11 militiamen were killed. A commander in the militia told Reuters in Baghdad that two fighters had been killed and five wounded.',
        ],
        '2021-03-01',
      ),
    ).toEqual([{ from: '2021-02-28', to: '2021-02-28', governorate: 'Deir ez-Zor', killed: 11, wounded: 5 }]);
  });
});
