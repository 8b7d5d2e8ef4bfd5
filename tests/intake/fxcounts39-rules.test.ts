// Count rules added on the opened probes s27a–d (issue 12), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('a year an Arabic apposition "وهو …" gives of the victim is his past, not the blow\'s day', () => {
  it('keeps the companion wounded in the sentence that retells the killing', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون مساء أمس مدرساً متقاعداً في بلدة القصير بريف حمص.',
          'وأفاد شهود بأن مسلحين أطلقوا النار على سالم ع.، وهو معلم سابق تقاعد من التدريس عام 2011، قرب منزله، ما أدى إلى مقتله على الفور، وإصابة مرافقه بجروح.',
        ],
        'ar',
        '2021-05-12',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('an age told before a name in English is who the one named was', () => {
  it('"killed 12-year-old Omar and wounded three of his friends" counts one dead', () => {
    expect(
      tolls(
        [
          'A landmine blast in the village of al-Zara in Homs province on Friday killed 12-year-old Omar and wounded three of his friends.',
        ],
        'en',
        '2021-05-12',
      ),
    ).toEqual([{ killed: 1, wounded: 3 }]);
  });
});

describe('"أب وأم" at the head of the dead is both parents, not "آب" (August)', () => {
  it('counts "أب وأم وأطفالهما الثلاثة" as five', () => {
    expect(
      tolls(
        [
          'قصفت طائرة حربية منزلاً في بلدة كفرنبل بريف إدلب مساء أمس، ما أدى إلى مقتل أب وأم وأطفالهما الثلاثة، وإصابة جارين بجروح.',
        ],
        'ar',
        '2021-05-12',
      ),
    ).toEqual([{ killed: 5, wounded: 2 }]);
  });
});
