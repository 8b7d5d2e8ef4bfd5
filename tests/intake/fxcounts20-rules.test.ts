// Rules from the fxcounts20 round (issue 12, casualty counts: the wounded told in a second place of a
// funeral story, or in the body of a report after the lead's): the span a town has been besieged, told
// as a month "of last year", dates the siege and not the wounded told in the same sentence; an
// interpreter, a person hit; a person noun with its ordinal ("جندياً ثالثاً"), one more beside those
// told; a toll that "settled at" a figure after its first count, the figure now; each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

describe('a siege "since <month> of last year": not the day of the wounded told before it', () => {
  it('"…سبعة جرحى آخرين أصيبوا في القصف ذاته، … بسبب الحصار المفروض على القرية منذ آذار من العام الماضي"', () => {
    expect(
      incidents(
        [
          'شيّع أهالي قرية الحاضر اليوم الخميس ثلاثة شهداء قضوا مساء أمس جراء قذائف هاون أطلقها المسلحون على سوق القرية في ريف حلب الجنوبي.',
          'وقال طبيب في النقطة الطبية إن سبعة جرحى آخرين أصيبوا في القصف ذاته، مشيراً إلى أن شح الأدوية بسبب الحصار المفروض على القرية منذ آذار من العام الماضي يؤخر علاجهم.',
        ],
        'ar',
        '2014-10-16',
      ),
    ).toEqual([{ from: '2014-10-15', to: '2014-10-15', governorate: 'Aleppo', killed: 3, wounded: 7 }]);
  });
});

describe('an interpreter hit: a person counted', () => {
  it('"…إن جنديين قتلا وأصيب مترجم عراقي عندما تعرضت دوريتهم لإطلاق نار"', () => {
    expect(
      incidents(
        [
          'قال الجيش البريطاني إن جنديين قتلا وأصيب مترجم عراقي عندما تعرضت دوريتهم لإطلاق نار قرب مدينة البصرة يوم الأحد.',
        ],
        'ar',
        '2006-08-14',
      ),
    ).toEqual([{ from: '2006-08-13', to: '2006-08-13', governorate: 'Basra', killed: 2, wounded: 1 }]);
  });
});

describe('a person noun with its ordinal, told after the lead: one more hit', () => {
  it('"قتل شرطيان وأصيب مدني …", then "وأضاف المصدر أن شرطياً ثالثاً أصيب بجروح طفيفة"', () => {
    expect(
      incidents(
        [
          'قتل شرطيان وأصيب مدني بانفجار عبوة ناسفة استهدفت دورية للشرطة في مدينة بعقوبة صباح اليوم الأربعاء.',
          'وأضاف المصدر أن شرطياً ثالثاً أصيب بجروح طفيفة ونقل إلى المستشفى.',
        ],
        'ar',
        '2008-03-12',
      ),
    ).toEqual([{ from: '2008-03-12', to: '2008-03-12', governorate: 'Diyala', killed: 2, wounded: 2 }]);
  });
});

describe('a toll that "settled at" a figure after the first count: the figure now', () => {
  it('"…قد أشارت إلى مقتل شخصين وإصابة ستة، قبل أن يتوفى أحد الجرحى، لتستقر الحصيلة على ثلاثة قتلى وخمسة جرحى"', () => {
    expect(
      incidents(
        [
          'شيّع أهالي قرية المزرعة ظهر اليوم الاثنين جثامين ثلاثة من أبنائها قضوا بانفجار لغم أرضي بسيارتهم في ريف درعا الشرقي مساء يوم السبت.',
          'وكانت حصيلة أولية قد أشارت إلى مقتل شخصين وإصابة ستة آخرين، قبل أن يتوفى أحد الجرحى في المشفى، لتستقر الحصيلة على ثلاثة قتلى وخمسة جرحى.',
        ],
        'ar',
        '2018-05-14',
      ),
    ).toEqual([{ from: '2018-05-12', to: '2018-05-12', governorate: 'Daraa', killed: 3, wounded: 5 }]);
  });
});
