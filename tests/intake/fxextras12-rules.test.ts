// Rules from the fxextras12 round (issue 12, extra drafts): a share of a span's dead told back as
// "N of the dead were …", and a month's toll named by its month ("the May death toll"): parts of a
// tally, no incidents of their own; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a share of the dead a span total told: "N of the dead were …", no event', () => {
  it('"… 880 people killed in Iraq in April", then "The mission said 120 of the dead were policemen, while 1,900 people were wounded"', () => {
    expect(
      ingested(
        'April was the bloodiest month in Baghdad this year: UN',
        [
          'BAGHDAD, May 1 (AFP) - Violence killed 880 people in Iraq in April, the highest monthly toll this year, the United Nations said on Thursday.',
          'The mission said 120 of the dead were policemen and the rest civilians, while 1,900 people were wounded.',
        ],
        '2014-05-01',
      ),
    ).toEqual([]);
  });
});

describe('a month’s toll named by its month: "the May death toll", no event', () => {
  it('"An agency tally put the April death toll at 640, while ministry figures showed 710 dead"', () => {
    expect(
      ingested(
        'Baghdad worst hit as violence rises',
        [
          'Violence killed 880 people across Iraq last month, the United Nations said on Thursday.',
          '"Leaders must act now," the envoy said.',
          'A tally compiled by the agency from hospital officials put the April death toll at 640, while figures released by the ministries showed 710 dead.',
        ],
        '2014-05-01',
      ),
    ).toEqual([]);
  });
});

describe('a source opening with "but" that counts the event’s dead or wounded otherwise: the same event', () => {
  it('"غير أن مصادر طبية تحدثت عن خمسة جرحى" after the statement’s toll', () => {
    expect(
      ingested(
        'مقتل شخصين بهجوم مسلح في حماة',
        [
          'قالت قيادة الشرطة في بيان إن مسلحين مجهولين أطلقوا النار على حافلة صغيرة عند مدخل مدينة السلمية بريف حماة مساء أمس الأحد، ما أسفر عن مقتل شخصين وإصابة ثلاثة بجروح.',
          'غير أن مصادر طبية في المدينة تحدثت عن خمسة جرحى، بينهم امرأة.',
        ],
        '2024-03-11',
      ),
    ).toEqual([{ from: '2024-03-10', to: '2024-03-10', governorate: 'Hama', killed: 2, wounded: 3 }]);
  });

  it('"غير أن شاهد عيان أكد … أن عدد القتلى ثلاثة", a sentence past the toll', () => {
    expect(
      ingested(
        'مقتل شرطيين بكمين في ديالى',
        [
          'قتل اثنان من عناصر الشرطة وأصيب ثالث بجروح في كمين نصبه مسلحون مجهولون مساء أمس لدورية قرب قضاء المقدادية في محافظة ديالى، كما أفاد مصدر أمني.',
          'وقال ضابط في الشرطة إن "مسلحين أطلقوا النار على الدورية، ما أدى إلى استشهاد اثنين من منتسبينا". وأضاف أن المهاجمين لاذوا بالفرار إلى البساتين القريبة.',
          'غير أن شاهد عيان من أهالي القرية أكد للوكالة أن عدد القتلى ثلاثة، بينهم راعٍ صادف مروره لحظة الهجوم، وهو ما لم تؤكده الشرطة.',
        ],
        '2006-05-10',
      ),
    ).toEqual([{ from: '2006-05-09', to: '2006-05-09', governorate: 'Diyala', killed: 2, wounded: 1 }]);
  });
});

describe('"have repeatedly attacked": a habit told as the setting, no event', () => {
  it('"Militants have repeatedly attacked army posts on the roads around Palmyra, and the army has recently sent reinforcements"', () => {
    expect(
      ingested(
        'Landmine kills two in Homs desert',
        [
          'Two soldiers were killed on Tuesday when their vehicle hit a landmine near the town of al-Qaryatayn in Homs province, state media said.',
          'Militants have repeatedly attacked army posts on the roads around Palmyra, and the army has recently sent reinforcements to the area, local media reported.',
        ],
        '2020-06-03',
      ),
    ).toEqual([{ from: '2020-06-02', to: '2020-06-02', governorate: 'Homs', killed: 2, wounded: null }]);
  });
});
