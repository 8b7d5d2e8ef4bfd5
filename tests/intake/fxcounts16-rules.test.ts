// Rules from the fxcounts16 round (issue 12, casualty counts of matched incidents): one told with his
// rank and his force, and "N of his" joined past both; others told as met another fate ("and a third
// detained"), no more dead; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a rank, then the force he serves in, then "N of his": counted with him', () => {
  it('"أصيب ضابط برتبة رائد في الجيش وثلاثة من مرافقيه بانفجار عبوة …"', () => {
    expect(
      ingested(
        'انفجار عبوة في الموصل',
        [
          'أصيب ضابط برتبة رائد في الجيش وثلاثة من مرافقيه بانفجار عبوة ناسفة استهدفت عجلتهم في الموصل، صباح اليوم.',
        ],
        '2015-03-10',
      ),
    ).toEqual([{ from: '2015-03-10', to: '2015-03-10', governorate: 'Nineveh', killed: null, wounded: 4 }]);
  });
});

describe('"two were killed and a third detained": one who met another fate, no more dead', () => {
  it('a range of dead, then a teller\'s "three were killed and a fourth detained"', () => {
    expect(
      ingested(
        'Raid in eastern Syria',
        [
          'A raid on a house in the town of Shuhail in Deir ez-Zor province killed between three and five suspected militants on Monday. The SDF said three were killed and a fourth detained.',
        ],
        '2020-03-04',
      ),
    ).toEqual([
      {
        from: '2020-03-02',
        to: '2020-03-02',
        governorate: 'Deir ez-Zor',
        killed: { low: 3, high: 5 },
        wounded: null,
      },
    ]);
  });
});
