// Rules from the fxcounts19 round (issue 12, the casualty counts of matched incidents), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('one man hit, then dead of it: one dead, no wounded', () => {
  it('"…أطلقوا عليه رصاصات أصابته في صدره، ففارق الحياة…، فيما أصيب شقيقه"', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون مساء أمس موظفاً في حي الحسين بمدينة العمارة، وأطلقوا عليه رصاصات أصابته في صدره، ففارق الحياة في الطريق إلى المستشفى، فيما أصيب شقيقه بجروح طفيفة.',
        ],
        'ar',
        '2018-03-04',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
  it('"أطلق مسلحون النار على مختار القرية فأصابته رصاصة في رأسه، فتوفي على الفور"', () => {
    expect(
      tolls(
        [
          'أطلق مسلحون النار على مختار قرية في قضاء الزبير غربي البصرة، فأصابته رصاصة في رأسه، فتوفي على الفور.',
        ],
        'ar',
        '2018-03-04',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('what the counted were doing when hit: the count before it is the verb’s subject', () => {
  it('"Three workers of a crew clearing debris from the old market in Mosul were killed and a fourth was wounded"', () => {
    expect(
      tolls(
        [
          'Three workers of a municipal crew clearing debris from the old market in Mosul were killed and a fourth was wounded on Sunday when a bomb left by militants went off, officials said.',
        ],
        'en',
        '2018-05-07',
      ),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});

describe('a risen toll whose event tells a "to" of its own before the figure', () => {
  it('"ارتفعت حصيلة ضحايا … على الزوار القادمين إلى المرقد …، إلى 14 قتيلاً و40 جريحاً، بعد وفاة اثنين"', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا السيارة المفخخة التي انفجرت مساء الجمعة على الزوار القادمين إلى المرقد في مدينة سامراء بمحافظة صلاح الدين، إلى 14 قتيلاً و40 جريحاً، بعد وفاة اثنين من المصابين.',
        ],
        'ar',
        '2007-06-17',
      ),
    ).toEqual([{ killed: 14, wounded: 40 }]);
  });
});

describe('"ذكرى استشهاده": an anniversary, no one killed', () => {
  it('"…أثناء توجههم لإحياء ذكرى استشهاده، ما أسفر عن إصابة سبعة"', () => {
    expect(
      tolls(
        [
          'سقطت قذيفة هاون على الزائرين المتوجهين إلى مرقد الإمام في مدينة الكاظمية ببغداد أثناء توجههم لإحياء ذكرى استشهاده، ما أسفر عن إصابة سبعة أشخاص.',
        ],
        'ar',
        '2007-08-08',
      ),
    ).toEqual([{ killed: null, wounded: 7 }]);
  });
});
