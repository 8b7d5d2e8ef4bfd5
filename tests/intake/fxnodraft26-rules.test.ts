// Rules from the fxnodraft26 round (issue 12, drafts that are no incident): a natural disaster's dead,
// a death of ages past a rite remembers, a witness who heard the blast told, the event told set "at
// the height of" what was going on, and the weapons of the blow told fired "from" somewhere with the
// verb first; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe("a natural disaster's dead: no incident", () => {
  it('"وأودى الزلزال بحياة 3100 شخص"', () => {
    expect(
      ingested(
        'بعد عام على الزلزال.. آلاف العائلات بلا مأوى في ريف حلب',
        [
          'قالت منظمة إغاثية إن نحو عشرين ألف عائلة ما تزال تقيم في خيام في ريف حلب الشمالي بعد عام على الزلزال.',
          'وأودى الزلزال بحياة 3100 شخص في المنطقة، وأصيب أكثر من 5000 آخرين، وفق الدفاع المدني.',
        ],
        '2024-02-10',
      ),
    ).toEqual([]);
  });

  it('"The earthquake killed 40 people in Zakho"', () => {
    expect(
      ingested(
        'Families still homeless after earthquake in Duhok',
        [
          'Hundreds of families remain in tents in Duhok province, aid groups said on Monday.',
          'The earthquake killed 40 people in Zakho on Saturday and injured 120 more, officials said.',
        ],
        '2024-06-10',
      ),
    ).toEqual([]);
  });
});

describe('a death of ages past a rite remembers: no incident', () => {
  it('"Imam Hussein, who was killed in battle at Karbala in 680 AD"', () => {
    expect(
      ingested(
        'Bomb kills pilgrims in Iskandariya',
        [
          'A roadside bomb killed four pilgrims walking south of Iskandariya on Tuesday, police said.',
          'The pilgrims were marking Ashura, which mourns Imam Hussein, who was killed in battle at Karbala in 680 AD.',
        ],
        '2009-12-30',
      ),
    ).toEqual([{ from: '2009-12-29', to: '2009-12-29', governorate: 'Babil', killed: 4, wounded: null }]);
  });

  it('"ذكرى استشهاد الإمام الحسين في كربلاء عام 61 هـ"', () => {
    expect(
      ingested(
        'مقتل زوار في الإسكندرية',
        [
          'قتل أربعة زوار بانفجار عبوة ناسفة جنوب ناحية الإسكندرية يوم الثلاثاء، بحسب مصدر في الشرطة.',
          'وكان الزوار يحيون ذكرى مقتل الإمام الحسين في كربلاء عام 61 هـ.',
        ],
        '2009-12-30',
      ),
    ).toEqual([{ from: '2009-12-29', to: '2009-12-29', governorate: 'Babil', killed: 4, wounded: null }]);
  });
});

describe('a witness who heard the blast told: no blast of its own', () => {
  it('"كنا نستريح بعد مسيرة يومين من الديوانية، وفجأة سمعنا انفجاراً كبيراً"', () => {
    expect(
      ingested(
        'مقتل زوار بتفجير في كربلاء',
        [
          'قتل ستة زوار وأصيب عشرون آخرون بتفجير سيارة مفخخة قرب مدخل مدينة كربلاء أمس الجمعة، بحسب مصدر طبي.',
          'وقال أحد الجرحى "كنا نستريح بعد مسيرة يومين من الديوانية، وفجأة سمعنا انفجاراً كبيراً".',
        ],
        '2010-02-06',
      ),
    ).toEqual([{ from: '2010-02-05', to: '2010-02-05', governorate: 'Karbala', killed: 6, wounded: 20 }]);
  });

  it('"We had walked all night from Najaf, then we heard a huge explosion"', () => {
    expect(
      ingested(
        'Car bomb kills pilgrims in Karbala',
        [
          'A car bomb killed six pilgrims and wounded 20 near the entrance of Karbala on Friday, a medical source said.',
          '"We had walked all night from Najaf, then we heard a huge explosion," one of the wounded said.',
        ],
        '2010-02-06',
      ),
    ).toEqual([{ from: '2010-02-05', to: '2010-02-05', governorate: 'Karbala', killed: 6, wounded: 20 }]);
  });
});

describe('the event told set "at the height of" what was going on: no incident of its own', () => {
  it('"ويأتي الهجوم في ذروة توافد الزوار على النجف"', () => {
    expect(
      ingested(
        'مقتل زوار بتفجير في بابل',
        [
          'قتل خمسة زوار وأصيب 12 آخرون بانفجار عبوة ناسفة على الطريق العام قرب ناحية المحاويل أمس الخميس، بحسب مصدر في الشرطة.',
          'ويأتي الهجوم في ذروة توافد الزوار على النجف لإحياء المناسبة.',
        ],
        '2012-01-13',
      ),
    ).toEqual([{ from: '2012-01-12', to: '2012-01-12', governorate: 'Babil', killed: 5, wounded: 12 }]);
  });
});

describe('the weapons of the blow told fired "from", the verb first: where it came from', () => {
  it('"وأطلق الصاروخ من مواقع قوات النظام في ريف حماة الشمالي"', () => {
    expect(
      ingested(
        'مقتل مدنيين بقصف صاروخي على مخيم في إدلب',
        [
          'قتل أربعة مدنيين وأصيب عشرة آخرون بقصف صاروخي استهدف مخيماً للنازحين قرب بلدة أطمة شمالي إدلب أمس الاثنين، بحسب الدفاع المدني.',
          'ووفق مراصد محلية، أطلق الصاروخ من مواقع قوات النظام في ريف حماة الشمالي.',
        ],
        '2020-03-03',
      ),
    ).toEqual([{ from: '2020-03-02', to: '2020-03-02', governorate: 'Idlib', killed: 4, wounded: 10 }]);
  });
});
