// Rules from the fxcount3 round (issue 12, the count of one incident picks up another's numbers): a
// risen toll told "in addition to" the wounded, a toll told again in parts, a blast told after a
// shooting, a death tallied into a count over a span, one of the counted told again with the article;
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a risen toll "in addition to" a count of wounded: those wounded stand', () => {
  it('"لترتفع الحصيلة إلى ثلاثة قتلى، إضافة إلى ثلاثة جرحى": three dead, three wounded', () => {
    expect(
      ingested(
        'هجوم على مخفر في الرقة',
        [
          'هاجم مسلحون مخفراً للشرطة في مدينة الرقة، فجر اليوم، ما أدى إلى مقتل عنصرين من الشرطة وإصابة ثلاثة آخرين.',
          'وفي وقت لاحق، أفاد المصدر بأن أحد المهاجمين الجرحى توفي متأثراً بجراحه، لترتفع الحصيلة إلى ثلاثة قتلى، إضافة إلى ثلاثة جرحى من الشرطة.',
        ],
        '2024-04-02',
      ),
    ).toEqual([{ from: '2024-04-02', to: '2024-04-02', governorate: 'Raqqa', killed: 3, wounded: 3 }]);
  });
});

describe('a toll told again in parts: the others make up the toll, no more victims', () => {
  it('"استقبل المشفى ستة جرحى، فيما نقل جريحان آخران إلى مشفى آخر" after eight wounded: eight', () => {
    expect(
      ingested(
        'قذيفة هاون على سوق في دمشق',
        [
          'قتل مواطن وأصيب ثمانية آخرون بجروح جراء سقوط قذيفة هاون على سوق في حي الميدان بدمشق اليوم.',
          'وقال مدير مشفى المواساة إن المشفى استقبل جثمان القتيل وستة جرحى، فيما نقل جريحان آخران إلى مشفى آخر.',
        ],
        '2014-03-04',
      ),
    ).toEqual([{ from: '2014-03-04', to: '2014-03-04', governorate: 'Damascus', killed: 1, wounded: 8 }]);
  });

  it('"it received five of them, while three others were taken to a clinic" after eight wounded: eight', () => {
    expect(
      ingested(
        'Mortar shell hits Damascus market',
        [
          'A mortar shell hit a market in the Midan district of Damascus on Tuesday, killing one man and wounding eight others, police said.',
          'The director of the nearby hospital said it had received five wounded, while three other wounded were taken to a private clinic.',
        ],
        '2014-03-04',
      ),
    ).toEqual([{ from: '2014-03-04', to: '2014-03-04', governorate: 'Damascus', killed: 1, wounded: 8 }]);
  });
});

describe('a blast told after a shooting is another event, not more victims of it', () => {
  it('a mine that wounds three children, told at the town a shooting was told at: its own event', () => {
    expect(
      ingested(
        'حصيلة يوم في ريف دير الزور',
        [
          'قتل رجل برصاص مسلحين مجهولين في مدينة الميادين بريف دير الزور الشرقي، مساء أمس.',
          'كذلك، أصيب ثلاثة أطفال بجروح إثر انفجار لغم من مخلفات الحرب في بادية مدينة الميادين، أثناء رعيهم الأغنام.',
        ],
        '2023-03-08',
      ),
    ).toEqual([
      { from: '2023-03-07', to: '2023-03-07', governorate: 'Deir ez-Zor', killed: 1, wounded: null },
      { from: '2023-03-07', to: '2023-03-07', governorate: 'Deir ez-Zor', killed: null, wounded: 3 },
    ]);
  });

  it('"كما انفجرت عبوة ناسفة …، ما أسفر عن مقتل جندي وإصابة ثلاثة آخرين" after an assassination: its own', () => {
    expect(
      ingested(
        'حوادث أمنية في كركوك',
        [
          'وفي قضاء الحويجة، اغتال مسلحون مجهولون موظفاً حكومياً أمام منزله، اليوم الثلاثاء.',
          'كما انفجرت عبوة ناسفة على دورية للجيش على طريق زراعي، ما أسفر عن مقتل جندي وإصابة ثلاثة آخرين.',
        ],
        '2022-03-08',
      ),
    ).toEqual([
      { from: '2022-03-08', to: '2022-03-08', governorate: 'Kirkuk', killed: 1, wounded: null },
      { from: '2022-03-08', to: '2022-03-08', governorate: 'Kirkuk', killed: 1, wounded: 3 },
    ]);
  });
});

describe('a death told again as counted into a tally over a span is no more dead', () => {
  it('"وبمقتل الشاب، يرتفع عدد القتلى في المخيم منذ مطلع الشهر إلى سبعة" after an earlier wounded: none added', () => {
    expect(
      ingested(
        'مقتل شاب في مخيم الهول',
        [
          'عثرت قوى الأمن الداخلي، صباح اليوم، على جثة شاب مقتولاً بالرصاص داخل مخيم الهول شرقي الحسكة.',
          'وفي الأسبوع الماضي، أصيب حارس بجروح إثر تعرضه لإطلاق نار من قبل مجهولين داخل المخيم.',
          'وبمقتل الشاب، يرتفع عدد القتلى في المخيم منذ مطلع الشهر الجاري إلى سبعة.',
        ],
        '2022-03-16',
      ),
    ).toEqual([
      { from: '2022-03-16', to: '2022-03-16', governorate: 'Hasakah', killed: 1, wounded: null },
      { from: '2022-03-07', to: '2022-03-13', governorate: 'Hasakah', killed: null, wounded: 1 },
    ]);
  });
});

describe('one of the victims counted, told again with the article, is no one more', () => {
  it('"مقتل مدني وعنصر", then "أن المدني قتل برصاصة طائشة في حي كذا": two dead, one event', () => {
    expect(
      ingested(
        'اشتباكات في القامشلي',
        [
          'اندلعت اشتباكات بين مجموعتين مسلحتين في مدينة القامشلي بريف الحسكة، مساء أمس، وأسفرت عن مقتل مدني وعنصر من إحدى المجموعتين، وإصابة أربعة آخرين.',
          'وأضاف المراسل أن المدني قتل برصاصة طائشة أثناء وجوده أمام متجره في حي الهلالية.',
        ],
        '2024-05-14',
      ),
    ).toEqual([{ from: '2024-05-13', to: '2024-05-13', governorate: 'Hasakah', killed: 2, wounded: 4 }]);
  });
});
