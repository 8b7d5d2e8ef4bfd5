// Rules against one event's clauses split into two incidents (issue 12), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extracted, tollsWithAttackers } from '../support/tolls.js';

describe('an aside does not end the toll it interrupts', () => {
  it('"ارتفعت الحصيلة إلى ستة قتلى، بينهم شرطي، وخمسة عشر جريحاً": the wounded after the aside are the risen toll\'s', () => {
    expect(
      tollsWithAttackers(
        [
          'انفجرت سيارة مفخخة صباح اليوم في سوق بمدينة الصدر شرقي بغداد، ما أسفر عن مقتل أربعة أشخاص وإصابة عشرة آخرين. وقال مصدر في الشرطة إن السيارة كانت متوقفة قرب محل لبيع الخضار. وفي وقت لاحق، قالت مصادر طبية إن الحصيلة ارتفعت إلى ستة قتلى، بينهم شرطي، وخمسة عشر جريحاً.',
        ],
        'ar',
        '2021-03-09',
      ),
    ).toEqual([{ killed: 6, wounded: 15, attackersKilled: null }]);
  });
});

describe('one more victim told with "كما" in the same sentence is the same event', () => {
  it('"…قتلوا صاحب محل…، كما أصيب شقيقه بجروح طفيفة": the brother is wounded in the same attack', () => {
    expect(
      tollsWithAttackers(
        [
          'قال مصدر في شرطة نينوى إن مسلحين مجهولين قتلوا صاحب محل للهواتف في حي الزهور شرقي الموصل مساء أمس، بعد أن أطلقوا النار عليه داخل محله، كما أصيب شقيقه بجروح طفيفة. وأضاف المصدر أن المهاجمين فروا إلى جهة مجهولة.',
        ],
        'ar',
        '2022-04-12',
      ),
    ).toEqual([{ killed: 1, wounded: 1, attackersKilled: null }]);
  });
});

describe('the other kind of casualty, told with a sharper place in the same sentence, is the same event', () => {
  it('"وفي ريف حلب الشمالي، قتل ثلاثة…، وأصيب سبعة آخرون، جراء قصف… على مدينة مارع": one event at Marea', () => {
    expect(
      tollsWithAttackers(
        [
          'وفي ريف حلب الشمالي، قتل ثلاثة مدنيين بينهم طفل، وأصيب سبعة آخرون، جراء قصف مدفعي على مدينة مارع. كما قتل رجل برصاص قناص في مدينة الباب.',
        ],
        'ar',
        '2020-02-11',
      ),
    ).toEqual([
      { killed: 3, wounded: 7, attackersKilled: null },
      { killed: 1, wounded: null, attackersKilled: null },
    ]);
  });

  it('"In Nineveh province, four … were killed, and two others were wounded when a mortar round hit … Tal Afar"', () => {
    expect(
      tollsWithAttackers(
        [
          'In Nineveh province, four civilians were killed, and two others were wounded when a mortar round hit the market of Tal Afar on Monday.',
        ],
        'en',
        '2020-02-11',
      ),
    ).toEqual([{ killed: 4, wounded: 2, attackersKilled: null }]);
  });
});

describe('the dead of the side that carried out the event are its attackers killed', () => {
  it('"…فيما قتل تسعة من عناصر داعش خلال الاشتباك" after an ISIS attack on an army post', () => {
    expect(
      tollsWithAttackers(
        [
          'شن مسلحو تنظيم داعش فجر اليوم هجوماً على نقطة للجيش العراقي قرب قضاء مخمور. وقال ضابط في الجيش إن "ثلاثة جنود قتلوا وأصيب خمسة آخرون، فيما قتل تسعة من عناصر داعش خلال الاشتباك".',
        ],
        'ar',
        '2021-05-02',
      ),
    ).toEqual([{ killed: 3, wounded: 5, attackersKilled: 9 }]);
  });

  it('"…, while nine of the Islamic State fighters were killed in the clashes"', () => {
    expect(
      tollsWithAttackers(
        [
          'Islamic State fighters attacked an army post near Makhmour before dawn on Sunday. Three soldiers were killed and five wounded, while nine of the Islamic State fighters were killed in the clashes, an officer said.',
        ],
        'en',
        '2021-05-02',
      ),
    ).toEqual([{ killed: 3, wounded: 5, attackersKilled: 9 }]);
  });
});

describe('a sentence does not end inside parentheses', () => {
  it('"الناشط (م. ع)": the initials\' full stop ends no sentence; "ثالث عملية اغتيال … خلال الشهر" is the rank, not a span', () => {
    expect(
      tollsWithAttackers(
        [
          'قال مصدر أمني في البصرة إن مسلحين مجهولين أطلقوا النار على الناشط (م. ع) مساء أمس قرب منزله في قضاء شط العرب، ما أدى إلى مقتله، كما أصيب شقيقه بجروح. وهذه ثالث عملية اغتيال تطال ناشطين في المحافظة خلال الشهر الجاري، إذ قتل الناشط (أ. ر) في السابع من نيسان بهجوم مماثل في قضاء أبي الخصيب.',
        ],
        'ar',
        '2021-04-20',
      ),
    ).toEqual([
      { killed: 1, wounded: 1, attackersKilled: null },
      { killed: 1, wounded: null, attackersKilled: null },
    ]);
  });
});

describe("the doers' dead told in a later sentence that names the event again", () => {
  it('"كما قتل أربعة من عناصر التنظيم خلال الاشتباكات": the attack\'s attackers killed, its wounded after them', () => {
    expect(
      tollsWithAttackers(
        [
          'هاجم مسلحون من تنظيم داعش ليل أمس نقطة لقوات النظام في بادية تدمر شرقي حمص، ما أدى إلى مقتل ستة عناصر. كما قتل أربعة من عناصر التنظيم خلال الاشتباكات، فيما أصيب سبعة عناصر من قوات النظام بجروح.',
        ],
        'ar',
        '2021-05-10',
      ),
    ).toEqual([{ killed: 6, wounded: 7, attackersKilled: 4 }]);
  });
});

describe('"وفي السياق ذاته" opens another item, as "في سياق متصل" does', () => {
  it('Russian strikes told "in the same context" after an ISIS attack are not that attack', () => {
    expect(
      extracted(
        [
          'هاجم مسلحون من تنظيم داعش ليل أمس نقطة لقوات النظام في بادية تدمر شرقي حمص، ما أدى إلى مقتل ستة عناصر. كما قتل أربعة من عناصر التنظيم خلال الاشتباكات، فيما أصيب سبعة عناصر من قوات النظام بجروح. وفي السياق ذاته، شنت طائرات حربية روسية غارات على مواقع التنظيم في البادية.',
        ],
        'ar',
        '2021-05-10',
      ).map((x) => x.actors),
    ).toEqual([['isis'], ['russia']]);
  });
});

describe('who died with the one his death counts, told after how it came', () => {
  it('"ما أدى إلى مقتله فوراً مع سائقه": two dead, the trader and his driver', () => {
    expect(
      tollsWithAttackers(
        [
          'فتح مسلحون مجهولون النار على سيارة تاجر في بلدة طفس بريف درعا مساء أمس، ما أدى إلى مقتله فوراً مع سائقه.',
        ],
        'ar',
        '2022-06-01',
      ),
    ).toEqual([{ killed: 2, wounded: null, attackersKilled: null }]);
  });
});
