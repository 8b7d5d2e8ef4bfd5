// Rules from the fxnodraft28 round (issue 12, drafts that are no incident and incidents missed): a
// setting told as the news' background that picks out its latest blow with that blow's toll; a court
// ruling's lead that dates the deed and the findings that tell its toll with no day; a conviction of
// membership joined to the deed; a toll its sentence dated on another day than the toll-less event
// told before. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a setting that picks out its latest blow, with its toll: that blow is an event', () => {
  it('"ويأتي ذلك في وقت تشن فيه الخلايا هجمات متفرقة، كان آخرها مطلع الشهر الجاري حين قتل…"', () => {
    expect(
      ingested(
        'اعتقال مطلوب في بيجي',
        [
          'أعلنت قيادة الشرطة، اليوم الأحد، اعتقال مطلوب بتهم إرهابية في عملية دهم وسط قضاء بيجي.',
          'ويأتي ذلك في وقت تواصل فيه خلايا التنظيم شن هجمات متفرقة في المحافظة، كان آخرها مطلع الشهر الجاري حين قتل ثلاثة جنود وأصيب رابع بهجوم على نقطة للجيش قرب قضاء الشرقاط.',
        ],
        '2023-10-22',
      ),
    ).toEqual([{ from: '2023-10-01', to: '2023-10-10', governorate: 'Salahuddin', killed: 3, wounded: 1 }]);
  });

  it('"The attack comes as cells keep up raids, the latest of them early this month, when…"', () => {
    expect(
      ingested(
        'Bomb hits army patrol near Baiji',
        [
          'A roadside bomb hit an army patrol near Baiji on Sunday, causing no casualties, a police statement said.',
          'The attack comes as militant cells keep up scattered raids in the province, the latest of them early this month, when three soldiers were killed and a fourth wounded in an assault on an army post near Shirqat.',
        ],
        '2023-10-22',
      ).filter((x) => x.killed !== null && x.killed !== 0),
    ).toEqual([{ from: '2023-10-01', to: '2023-10-10', governorate: 'Salahuddin', killed: 3, wounded: 1 }]);
  });
});

describe("a ruling's lead dates the deed, the findings tell its toll with no day: the deed's day", () => {
  it('"…بعد إدانتهم بتنفيذ التفجير الذي ضرب السوق في الثالث من آذار من العام الماضي", then the toll, then the arrest\'s month', () => {
    expect(
      ingested(
        'أحكام بحق منفذي تفجير منبج',
        [
          'أصدرت محكمة في مدينة منبج، اليوم الاثنين، أحكاماً بالسجن المؤبد بحق ثلاثة من عناصر داعش، بعد إدانتهم بتنفيذ التفجير الذي ضرب سوق المدينة في الثالث من آذار من العام الماضي.',
          'وبحسب لائحة الاتهام، فإن المدانين ركنوا دراجة نارية مفخخة قرب محل للحلويات، ما أدى إلى مقتل أربعة مدنيين وإصابة 15 آخرين.',
          'وأوضح القاضي أن قوات الأمن اعتقلت المتهمين في أيار الماضي في قرية قريبة من المدينة.',
        ],
        '2021-06-14',
      ),
    ).toEqual([{ from: '2020-03-03', to: '2020-03-03', governorate: 'Aleppo', killed: 4, wounded: 15 }]);
  });
});

describe('a conviction of membership joined to the deed: the deed judged is the incident', () => {
  it('"…حكماً بإعدام رجلين أدينا بالانتماء إلى خلية تابعة لداعش وزرع عبوة ناسفة…، ما أسفر عن مقتل…"', () => {
    expect(
      ingested(
        'الإعدام لمنفذي تفجير في الرمادي',
        [
          'أصدرت المحكمة الجنائية المركزية، أمس الأربعاء، حكماً بإعدام رجلين أدينا بالانتماء إلى خلية تابعة لتنظيم داعش وزرع عبوة ناسفة قرب مطعم في مدينة الرمادي في تموز الماضي، ما أسفر عن مقتل ثلاثة مدنيين وإصابة تسعة آخرين.',
        ],
        '2019-11-21',
      ),
    ).toEqual([{ from: '2019-07-01', to: '2019-07-31', governorate: 'Anbar', killed: 3, wounded: 9 }]);
  });
});

describe('a toll its sentence dated on another day than the toll-less event before it: its own blow', () => {
  it('"…أعلن استعادة البلدة بعد يومين من انطلاق العملية", then "…حاولوا مساء أمس الاثنين …، ما أسفر عن…"', () => {
    expect(
      ingested(
        'استعادة بلدة في الأنبار',
        [
          'أعلن قائد العمليات، اليوم الثلاثاء، تحرير ناحية البغدادي بالكامل من قبضة تنظيم داعش، بعد ثلاثة أيام من انطلاق العملية العسكرية.',
          'وأضاف أن "انتحاريين اثنين حاولوا مساء أمس الاثنين اقتحام مقر للجيش عند مدخل الناحية، وفجرا نفسيهما بعد محاصرتهما، ما أسفر عن مقتل جنديين وإصابة خمسة آخرين".',
        ],
        '2016-05-17',
      ).filter((x) => x.killed !== null),
    ).toEqual([{ from: '2016-05-16', to: '2016-05-16', governorate: 'Anbar', killed: 2, wounded: 5 }]);
  });
});

describe('a death from heat or cold: no incident', () => {
  it('"A two-year-old girl died of heat exhaustion in the camp on Monday"', () => {
    expect(
      ingested(
        'Families flee Hawija as fighting nears',
        [
          'Islamic State snipers shot dead three civilians fleeing Hawija on Sunday, a local official said.',
          'In the Debaga camp, where temperatures passed 45 degrees, a two-year-old girl died of heat exhaustion on Monday, aid workers said.',
        ],
        '2017-09-26',
      ),
    ).toEqual([{ from: '2017-09-24', to: '2017-09-24', governorate: 'Kirkuk', killed: 3, wounded: null }]);
  });
});

describe('a toll told of last season: a total over the season', () => {
  it('"…recalling that nine shepherds were killed by mines in the desert last season"', () => {
    expect(
      ingested(
        'Harvest season opens in Anbar desert',
        [
          'Farmers began the harvest west of Ramadi this week, traders said.',
          'Police warned herders this week not to stray from the roads, recalling that nine shepherds were killed by mines in the desert last season.',
        ],
        '2023-03-09',
      ),
    ).toEqual([]);
  });

  it('"…بعد مقتل 12 من جامعي الكمأ بمخلفات الحرب خلال الموسم الماضي"', () => {
    expect(
      ingested(
        'تحذيرات لجامعي الكمأ في بادية الأنبار',
        [
          'حذرت شرطة الأنبار، اليوم الخميس، جامعي الكمأ من التوغل في البادية، بعد مقتل 12 من جامعي الكمأ بمخلفات الحرب خلال الموسم الماضي.',
        ],
        '2023-03-09',
      ),
    ).toEqual([]);
  });
});

describe('a funeral of the dead of the event told: no event of its own', () => {
  it('"On Wednesday, mourners attended a funeral in Kafr Nabl for a commander killed in the clashes"', () => {
    expect(
      ingested(
        'Rebel infighting kills six in Idlib',
        [
          'Clashes between two rebel factions near Maarat al-Numan killed six fighters on Tuesday, activists said.',
          'On Wednesday, hundreds attended a funeral in Kafr Nabl for a field commander killed in the clashes.',
        ],
        '2019-01-10',
      ),
    ).toEqual([{ from: '2019-01-08', to: '2019-01-08', governorate: 'Idlib', killed: 6, wounded: null }]);
  });

  it('"وشيّع أهالي مدينة الكاظمية جثامين عدد من المقاتلين الذين سقطوا في الهجوم"', () => {
    expect(
      ingested(
        'صد هجوم لداعش شمال الكرمة',
        [
          'قتل خمسة من مقاتلي الحشد الشعبي وأصيب سبعة آخرون بهجوم لتنظيم داعش على مواقعهم شمال ناحية الكرمة، أمس الجمعة.',
          'وشيّع أهالي مدينة الكاظمية في بغداد، اليوم، جثامين عدد من المقاتلين الذين سقطوا في الهجوم.',
        ],
        '2015-10-03',
      ),
    ).toEqual([{ from: '2015-10-02', to: '2015-10-02', governorate: 'Anbar', killed: 5, wounded: 7 }]);
  });
});

describe("a conflict's dead since a start long back: a total", () => {
  it('"The infighting, which began in early March, has killed more than 150 fighters"', () => {
    expect(
      ingested(
        'Five killed as rebel infighting flares in Ghouta',
        [
          'Clashes between two rebel factions in the orchards of Misraba killed five fighters on Sunday, local sources said.',
          'The infighting, which began in early March, has killed more than 150 fighters and nine civilians, according to activists.',
        ],
        '2017-04-18',
      ),
    ).toEqual([
      { from: '2017-04-16', to: '2017-04-16', governorate: 'Rif Dimashq', killed: 5, wounded: null },
    ]);
  });
});

describe("an operation's launch to retake a town, told with its day: the campaign, no event", () => {
  it('"وأطلقت القوات العراقية في العاشر من الشهر الماضي عملية واسعة لاستعادة القضاء"', () => {
    expect(
      ingested(
        'مقتل مدنيين بنيران قناصة داعش في هيت',
        [
          'قتل أربعة مدنيين برصاص قناصة تنظيم داعش أثناء فرارهم من قضاء هيت، أمس الأحد، بحسب مصدر أمني.',
          'وأطلقت القوات العراقية في العاشر من الشهر الماضي عملية عسكرية واسعة لاستعادة القضاء، بمشاركة الجيش والحشد العشائري.',
        ],
        '2016-04-11',
      ),
    ).toEqual([{ from: '2016-04-10', to: '2016-04-10', governorate: 'Anbar', killed: 4, wounded: null }]);
  });
});
