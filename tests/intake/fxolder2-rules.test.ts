// Rules from the fxolder2 round (issue 12, recurring misses of the older probe sets): a person whose
// age is told as a verb clause ("يبلغ من العمر 9 سنوات") before the casualty verb is still the one
// person it counts; one joined to the list "القتلى هم …" then hit is one of those dead; a lead's floor
// in tens for the wounded ("أكثر من عشرين") gives way to the exact count below the next ten; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const tolls = (sentence: string) =>
  ingested('حوادث أمنية في ريف درعا', [sentence], '2022-06-14').map((x) => [x.killed, x.wounded]);

describe('a person, his age told with "يبلغ من العمر", then the casualty verb: one person', () => {
  it('"- طفل يبلغ من العمر 7 سنوات، فارق الحياة متأثراً بجراحه …" at the head of an item', () => {
    expect(
      tolls(
        '- طفل يبلغ من العمر 7 سنوات، فارق الحياة متأثراً بجراحه جراء انفجار قذيفة في بلدة الحراك يوم الأحد الماضي.',
      ),
    ).toEqual([[1, null]]);
  });

  it('"فتاة تبلغ من العمر 15 عاماً قتلت …" at the head of a clause', () => {
    expect(tolls('فتاة تبلغ من العمر 15 عاماً قتلت برصاص مجهولين في بلدة الحراك صباح اليوم.')).toEqual([
      [1, null],
    ]);
  });

  it('"وذكر المصدر أن شاباً يبلغ من العمر 20 عاماً أصيب …" after "أن"', () => {
    expect(
      tolls('وذكر المصدر أن شاباً يبلغ من العمر 20 عاماً أصيب بطلق ناري في بلدة الحراك مساء أمس.'),
    ).toEqual([[null, 1]]);
  });
});

describe('someone joined to the list "the dead are", then hit: one of those dead', () => {
  const lead =
    'أفاد مصدر في الشرطة، اليوم الأحد، بمقتل أربعة أشخاص وإصابة خمسة آخرين بنزاع عشائري في قضاء المجر الكبير بمحافظة ميسان يوم الجمعة.';
  const drafted = (sentence: string) =>
    ingested('نزاع عشائري في ميسان', [lead, sentence], '2022-03-13').map((x) => [x.killed, x.wounded]);

  it('"القتلى هم ثلاثة رجال وامرأة أصيبت برصاصة طائشة": no one more wounded', () => {
    expect(
      drafted('وأشار المصدر إلى أن القتلى هم ثلاثة رجال وامرأة أصيبت برصاصة طائشة داخل منزلها.'),
    ).toEqual([[4, 5]]);
  });

  it('the same with her age told "تبلغ من العمر 55 عاماً"', () => {
    expect(
      drafted(
        'وأشار المصدر إلى أن القتلى هم ثلاثة رجال وامرأة تبلغ من العمر 55 عاماً أصيبت برصاصة طائشة داخل منزلها.',
      ),
    ).toEqual([[4, 5]]);
  });
});

describe('a lead’s floor in tens for the wounded, then the exact count below the next ten', () => {
  const lead =
    'قتل تسعة أشخاص على الأقل وأصيب أكثر من عشرين آخرين بجروح صباح اليوم الأحد في انفجار سيارة مفخخة قرب سوق شعبي وسط مدينة الحلة.';
  const drafted = (sentence: string) =>
    ingested('انفجار في الحلة', [lead, sentence], '2015-07-19').map((x) => [x.killed, x.wounded]);

  it('"أكثر من عشرين", then "بلغت 9 قتلى و26 جريحا": the exact count', () => {
    expect(drafted('وقال مصدر في الشرطة إن الحصيلة بلغت 9 قتلى و26 جريحا.')).toEqual([[9, 26]]);
  });

  it('"أكثر من عشرين", then "أسفر عن مقتل 9 أشخاص وإصابة 24 آخرين": the exact count', () => {
    expect(drafted('وقال مصدر في الشرطة إن الانفجار أسفر عن مقتل 9 أشخاص وإصابة 24 آخرين.')).toEqual([
      [9, 24],
    ]);
  });
});
