// Rules from the fxnodraft13 round (issue 12, gold incidents never drafted): a toll told by "وراح
// ضحيته" joined to its clause by "و"; an earlier massacre recalled at "the same village", with the
// year of its month told before it, under a lead that places nothing; and the answer to a blow, with
// casualties of its own though uncounted; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"وراح ضحيته N" joined by "و": the lives an earlier event took', () => {
  it('"ويعد الهجوم الأعنف منذ تفجير … أواخر العام الماضي، والذي تبناه التنظيم وراح ضحيته 17 عنصراً"', () => {
    expect(
      ingested(
        'مقتل خمسة عناصر بهجوم على حاجز في ريف حمص',
        [
          'قتل خمسة عناصر من قوات النظام، فجر اليوم الثلاثاء، بهجوم مسلح استهدف حاجزاً قرب مدينة القريتين بريف حمص الشرقي.',
          'ويعد الهجوم الأعنف من نوعه منذ تفجير حافلة قرب مدينة الميادين بريف دير الزور الشرقي أواخر العام الماضي، والذي تبناه التنظيم وراح ضحيته 17 عنصراً.',
        ],
        '2022-03-08',
      ),
    ).toEqual([
      { from: '2022-03-08', to: '2022-03-08', governorate: 'Homs', killed: 5, wounded: null },
      expect.objectContaining({ governorate: 'Deir ez-Zor', killed: 17, wounded: null }),
    ]);
  });
});

describe('an earlier massacre recalled at the same village, the year of its month before it, under a lead that places nothing', () => {
  it('"وهي القرية ذاتها التي شهدت في أيار 2016 مجزرة … وراح ضحيتها أكثر من 25 مدنياً"', () => {
    expect(
      ingested(
        'مقتل مزارع بانفجار لغم أرضي',
        [
          'شبكة أخبار الريف',
          'قتل مزارع بانفجار لغم أرضي أثناء عمله في أرضه قرب مدينة السقيلبية بريف حماة، مساء أمس الأحد.',
          'والمزارع من أبناء قرية الزعفرانة الصغرى، وهي القرية ذاتها التي شهدت في أيار 2016 مجزرة نفذها مسلحون وراح ضحيتها أكثر من 25 مدنياً.',
        ],
        '2021-06-07',
      ),
    ).toEqual([
      { from: '2021-06-06', to: '2021-06-06', governorate: 'Hama', killed: 1, wounded: null },
      { from: '2016-05-01', to: '2016-05-31', governorate: 'Hama', killed: 25, wounded: null },
    ]);
  });
});

describe('the answer to a blow told, with casualties of its own though uncounted: another event', () => {
  it('"وردت وحدات الجيش على مصادر إطلاق القذائف … بضربات مدفعية أوقعت قتلى ومصابين في صفوف الإرهابيين"', () => {
    const incidents = ingested(
      'استشهاد مدنيين بقذائف صاروخية على السقيلبية',
      [
        'استشهد مدنيان وأصيب ثلاثة آخرون جراء سقوط قذائف صاروخية أطلقها إرهابيون على الأحياء السكنية في مدينة السقيلبية بريف حماة مساء أمس.',
        'وأشار المصدر إلى أن وحدات الجيش ردت على مصادر إطلاق القذائف في محيط بلدة اللطامنة بضربات مدفعية مركزة، أوقعت قتلى ومصابين في صفوف الإرهابيين.',
      ],
      '2019-05-14',
    );
    expect(incidents).toEqual([
      { from: '2019-05-13', to: '2019-05-13', governorate: 'Hama', killed: 2, wounded: 3 },
      expect.objectContaining({ governorate: 'Hama', killed: null, wounded: null }),
    ]);
  });
});
