// Rules from the fxcounts16 round (issue 12, casualty counts of matched incidents): one told with his
// rank and his force, and "N of his" joined past both; the ones a shooting was aimed at, counted by
// the plural pronoun of what befell them; the dead whose bodies ("جثامين N") a funeral buried; others
// told as met another fate ("and a third detained"), no more dead; each on
// sentences written for it.
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

describe('"أطلقوا النار على … و…، ما أدى إلى مقتلهم": the ones fired on, counted', () => {
  it('"أطلقوا النار عليه وعلى شقيقيه، ما أدى إلى مقتلهم"', () => {
    expect(
      ingested(
        'مقتل مختار في بعقوبة',
        [
          'قال مصدر في الشرطة إن مسلحين اقتحموا فجر اليوم منزل مختار قرية في بعقوبة، وأطلقوا النار عليه وعلى شقيقيه، ما أدى إلى مقتلهم على الفور.',
        ],
        '2008-05-14',
      ),
    ).toEqual([{ from: '2008-05-14', to: '2008-05-14', governorate: 'Diyala', killed: 3, wounded: null }]);
  });

  it('"أطلقوا النار على المعلم وزوجته، مما أسفر عن إصابتهم" (a name and an age between add nobody)', () => {
    expect(
      ingested(
        'هجوم مسلح في الحلة',
        [
          'أطلق مسلحون مجهولون مساء أمس النار على المعلم حسن كاظم (45 عاماً) وزوجته قرب منزلهما في الحلة، مما أسفر عن إصابتهم بجروح.',
        ],
        '2011-02-03',
      ),
    ).toEqual([{ from: '2011-02-02', to: '2011-02-02', governorate: 'Babil', killed: null, wounded: 2 }]);
  });
});

describe('"جثامين N … الذين سقطوا": the dead whose bodies are counted, told by no verb of killing', () => {
  it('"شيّع الأهالي جثامين أربعة من أبناء الناحية الذين سقطوا في هجوم …" (then the attackers killed)', () => {
    expect(
      ingested(
        'تشييع في الضلوعية',
        [
          'شيّع العشرات من أهالي ناحية الضلوعية، اليوم الأحد، جثامين أربعة من أبناء الناحية الذين سقطوا خلال صد هجوم شنه مسلحو داعش فجر أمس السبت.',
          'وقال مصدر محلي إن "المقاتلين تمكنوا من قتل تسعة عناصر من التنظيم".',
        ],
        '2015-01-11',
      ),
    ).toEqual([
      { from: '2015-01-10', to: '2015-01-10', governorate: 'Salahuddin', killed: 4, wounded: null },
    ]);
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
