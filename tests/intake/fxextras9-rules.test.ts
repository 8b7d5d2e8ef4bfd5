// Rules from the fxextras9 round (issue 12, extra drafts): an undated lead told again in an agency's
// "نقل عن مصدر … قوله" with its day; another teller's count of the dead told after a sentence that
// drew no incident; the marks a body found bore; "خمسة من الجرحى فارقوا الحياة" (the Arabic count
// words up to ten); the bomber who "فجر نفسه" names no place "the same"; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('an undated lead, then "ونقل المراسل عن مصدر … قوله" with its day: one event', () => {
  it('"استشهد مدنيان وأصيب أربعة … في مدينة الميادين وبلدة ذيبان", then "ونقل مراسلنا عن مصدر عسكري قوله: … من مساء أمس …"', () => {
    expect(
      ingested(
        'استشهاد مدنيين بعدوان على ريف الميادين',
        [
          'استشهد مدنيان وأصيب أربعة آخرون جراء عدوان جوي استهدف عدداً من المواقع في مدينة الميادين وبلدة ذيبان بريف دير الزور الشرقي.',
          'ونقل مراسلنا عن مصدر عسكري قوله: "عند الساعة العاشرة من مساء أمس شن الطيران المعادي عدواناً جوياً على عدد من المواقع في مدينة الميادين وبلدة ذيبان، ما أدى إلى استشهاد مدنيين اثنين وإصابة أربعة آخرين".',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ from: '2021-03-09', to: '2021-03-09', governorate: 'Deir ez-Zor', killed: 2, wounded: 4 }]);
  });
});

describe('another teller’s count of the dead, after a sentence that told who they were', () => {
  it('"… near the town of Mayadin, killing at least eight people, a war monitor said. The monitor said the dead were … Deir ez-Zor Now, a local news network, said 11 people were killed."', () => {
    expect(
      ingested(
        'Drone strike on convoy in eastern Syria',
        [
          'Unidentified drones struck a convoy of trucks late on Sunday shortly after it crossed from Iraq into eastern Syria near the town of Mayadin, killing at least eight people, a war monitor said.',
          'The monitor said the dead were drivers and members of militias guarding the convoy. Deir ez-Zor Now, a local news network, said 11 people were killed.',
        ],
        '2022-05-16',
      ),
    ).toEqual([
      { from: '2022-05-15', to: '2022-05-15', governorate: 'Deir ez-Zor', killed: 8, wounded: null },
    ]);
  });
});

describe('the marks a body found bore, told in a clause of their own: no event', () => {
  it('"…عثرت على جثة رجل …، وعليها آثار إطلاق نار في الصدر، مرجحاً أن تكون قد ألقيت في النهر خلال الليلة الماضية"', () => {
    expect(
      ingested(
        'مسلحون يقتلون شرطياً في المدائن',
        [
          'أفاد مصدر في الشرطة، الأحد، بأن مسلحين مجهولين قتلوا شرطياً أمام منزله فجر اليوم في قضاء المدائن جنوب بغداد.',
          'وفي حادث منفصل، أوضح المصدر أن دورية نهرية عثرت، صباح اليوم، على جثة رجل مجهول الهوية طافية على مياه نهر دجلة قرب منطقة الجادرية، وعليها آثار إطلاق نار في الصدر، مرجحاً أن تكون قد ألقيت في النهر خلال الليلة الماضية.',
        ],
        '2010-03-14',
      ),
    ).toEqual([
      { from: '2010-03-14', to: '2010-03-14', governorate: 'Baghdad', killed: 1, wounded: null },
      { from: '2010-03-14', to: '2010-03-14', governorate: 'Baghdad', killed: 1, wounded: null },
    ]);
  });
});

describe('"أربعة من الجرحى فارقوا الحياة" after a risen toll: those dead, counted in it already', () => {
  it('"ارتفعت حصيلة ضحايا التفجير … إلى ستة عشر قتيلاً", then the hospital\'s "أربعة من الجرحى فارقوا الحياة خلال الليل"', () => {
    expect(
      ingested(
        'ارتفاع حصيلة تفجير خانقين',
        [
          'ارتفعت حصيلة ضحايا التفجير الانتحاري الذي استهدف حفل زفاف في قضاء خانقين مساء أمس الأحد، إلى ستة عشر قتيلاً وأربعين جريحاً، بحسب مصدر طبي.',
          'وقال المصدر في مستشفى خانقين العام لمراسلنا اليوم الاثنين إن " أربعة من الجرحى فارقوا الحياة خلال الليل وصباح اليوم متأثرين بجروحهم، فيما نقل سبعة آخرون إلى مستشفى بعقوبة العام لخطورة حالتهم ".',
        ],
        '2009-05-11',
      ),
    ).toEqual([{ from: '2009-05-10', to: '2009-05-10', governorate: 'Diyala', killed: 16, wounded: 40 }]);
  });
});

describe('the bomber who "فجر نفسه" (blew himself up) names no place "the same"', () => {
  it('a risen toll, then "…وفجر نفسه بين المعزين بأحد وجهاء المنطقة، الذي اغتاله مسلحون يوم الخميس الماضي…": two events', () => {
    expect(
      ingested(
        'ارتفاع حصيلة تفجير الخالص',
        [
          'ارتفعت حصيلة ضحايا التفجير الانتحاري الذي استهدف مجلس عزاء في قضاء الخالص مساء أمس الأحد إلى اثني عشر قتيلاً وثلاثين جريحاً، بحسب مصدر طبي.',
          'وقال المصدر لمراسلنا اليوم الاثنين إن "أربعة من الجرحى فارقوا الحياة خلال الليل متأثرين بجروحهم البالغة".',
          'وأوضح شهود عيان أن الانتحاري دخل خيمة العزاء وفجر نفسه بين المعزين بأحد وجهاء المنطقة، الذي اغتاله مسلحون مجهولون يوم الخميس الماضي أمام منزله في ناحية هبهب.',
        ],
        '2009-05-11',
      ),
    ).toEqual([
      { from: '2009-05-10', to: '2009-05-10', governorate: 'Diyala', killed: 12, wounded: 30 },
      { from: '2009-05-07', to: '2009-05-07', governorate: 'Diyala', killed: 1, wounded: null },
    ]);
  });
});
