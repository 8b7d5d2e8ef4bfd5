// Rules from the fxextras18 round (issue 12, extra drafts and places put in the wrong governorate):
// Derik spelled "ديرك" as Kurdish outlets write it; a village named "تل" and a governorate's name, no
// governorate; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('Derik spelled "ديرك": al-Malikiyah of Hasakah', () => {
  it('"…على قرية تابعة لناحية ديرك" after an event in Shingal', () => {
    expect(
      ingested(
        'قصف تركي على شنكال وديرك',
        [
          'استهدفت مسيّرة تركية مساء أمس سيارة قرب قضاء شنكال، ما أدى إلى مقتل شخصين.',
          'وفي روج آفا، أصيب ثلاثة مدنيين بجروح مساء أمس جراء قصف مدفعي تركي استهدف قرية تابعة لناحية ديرك.',
        ],
        '2022-04-12',
      ),
    ).toEqual([
      { from: '2022-04-11', to: '2022-04-11', governorate: 'Nineveh', killed: 2, wounded: null },
      { from: '2022-04-11', to: '2022-04-11', governorate: 'Hasakah', killed: null, wounded: 3 },
    ]);
  });
});

describe('"تل" and a governorate\'s name: a village\'s name, not the governorate', () => {
  it('"وسيطرت الفصائل … على حاجزي تل واسط والخربة" after shelling in the Ghab (no Wasit of Iraq)', () => {
    expect(
      ingested(
        'معارك في سهل الغاب',
        [
          'قتل مدنيان اليوم جراء قصف مدفعي على بلدة في سهل الغاب بريف حماة.',
          'وسيطرت الفصائل بعد ظهر اليوم على حاجزي تل واسط والخربة بعد معارك قتل فيها أربعة من مقاتليها.',
        ],
        '2016-03-02',
      ).map((i) => i.governorate),
    ).not.toContain('Wasit');
  });
  it('"rebels seized the Tal Wasit checkpoint" in the Ghab plain (no Wasit of Iraq)', () => {
    expect(
      ingested(
        'Rebels advance in the Ghab plain',
        [
          'Rebels seized the Tal Wasit checkpoint on Sunday after clashes in which six soldiers were killed, the monitor said.',
        ],
        '2016-05-02',
      ).map((i) => i.governorate),
    ).not.toContain('Wasit');
  });
});

describe('"حيي X وY": two quarters of the city told, no namesake town of the other country', () => {
  it('"…داهمت دوريات الأمن منازل في حيي الخالدية والقصور" after an event in Homs city', () => {
    expect(
      ingested(
        'قتلى برصاص الأمن في حمص',
        [
          'قتل ثلاثة متظاهرين برصاص قوات الأمن في حي الإنشاءات بمدينة حمص مساء أمس.',
          'وفي الليلة ذاتها، داهمت دوريات الأمن منازل في حيي الخالدية والقصور، وقتل شاب خلال المداهمة.',
        ],
        '2011-06-11',
      ).map((i) => i.governorate),
    ).not.toContain('Anbar');
  });
});

describe('a place a protest stands with: its cause, not where it is', () => {
  it('"…النار على مظاهرة مسائية خرجت تضامناً مع درعا" after an event in Homs', () => {
    expect(
      ingested(
        'شهداء في حمص',
        [
          'قتل ثلاثة متظاهرين برصاص قوات الأمن في حي الوعر بمدينة حمص عصر اليوم.',
          'كما أصيب خمسة آخرون عندما أطلقت عناصر أمنية النار على مظاهرة مسائية خرجت تضامناً مع درعا.',
        ],
        '2011-05-13',
      ).map((i) => i.governorate),
    ).not.toContain('Daraa');
  });
  it('"…police fired on a rally in solidarity with Homs" after an event in Hama', () => {
    expect(
      ingested(
        'Protesters shot in Hama',
        [
          'Troops shot dead two protesters in the city of Hama on Friday, activists said.',
          'Later on Friday, four people were wounded when police fired on a rally in solidarity with Homs.',
        ],
        '2012-02-18',
      ).map((i) => i.governorate),
    ).not.toContain('Homs');
  });
});

describe('the month a monthly report covers, told bare: a tally, not an event', () => {
  it('"ووثقت الشبكة مقتل 95 مدنياً خلال الشهر، بينهم 20 طفلاً، في محافظة درعا"', () => {
    expect(
      ingested(
        'حصيلة شهر آذار في درعا',
        [
          'أصدرت الشبكة اليوم تقريرها حول الانتهاكات بحق المدنيين في شهر آذار.',
          'ووثقت الشبكة مقتل 95 مدنياً خلال الشهر، بينهم 20 طفلاً، في محافظة درعا.',
        ],
        '2018-04-02',
      ),
    ).toEqual([]);
  });
});

describe('a whole spread over places, each share in brackets: tallies, not events', () => {
  it('"…توزعوا على ريف إدلب (25 قتيلاً)، وريف حماة (11 قتيلاً)، وريف اللاذقية (4 قتلى)"', () => {
    expect(
      ingested(
        'حصيلة الحملة العسكرية',
        [
          'وثقت المنظمة في تقريرها مقتل 40 مدنياً منذ بدء الحملة العسكرية، توزعوا على ريف إدلب (25 قتيلاً)، وريف حماة (11 قتيلاً)، وريف اللاذقية (4 قتلى).',
        ],
        '2019-05-20',
      ),
    ).toEqual([]);
  });
});

describe('a body a capital formed: the government, no place', () => {
  it('"A joint committee formed by Baghdad and Erbil to investigate that attack…"', () => {
    expect(
      ingested(
        'Drone hits oil field in Kurdistan',
        [
          'A drone struck an oil field in Sulaimaniyah province on Monday, killing two workers, officials said.',
          'A similar attack hit the field in March last year. A joint committee formed by Baghdad and Erbil to investigate that attack has yet to publish its findings.',
        ],
        '2025-05-13',
      ).map((i) => i.governorate),
    ).not.toContain('Baghdad');
  });
});
