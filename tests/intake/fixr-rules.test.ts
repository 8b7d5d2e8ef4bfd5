// Rules added on the opened probe-r (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, extracted } from '../support/tolls.js';

const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.killed, x.wounded]);
const drafted = (raw: string, published: string) =>
  draftedIncidents(raw, published).map((x) => [x.killed, x.wounded]);
const dated = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => [x.date.from, x.date.to, x.killed]);

describe('"امرأة و4 من أبنائها": "و" written before digits joins the count as any "and" does', () => {
  it('counts the mother and her four sons', () => {
    expect(
      told(
        ['امرأة و4 من أبنائها قتلوا بقصف صاروخي استهدف منزلهم في بلدة كفرنبل بريف إدلب الجنوبي.'],
        'ar',
        '2019-06-02',
      ),
    ).toEqual([[5, null]]);
  });
});

describe('"ضابط برتبة نقيب وأربعة جنود": a number of others after an officer\'s rank is counted too', () => {
  it('counts the captain and the four soldiers', () => {
    expect(
      told(
        ['أصيب ضابط برتبة نقيب وأربعة جنود بانفجار عبوة ناسفة على طريق في قضاء طوزخورماتو، اليوم الأحد.'],
        'ar',
        '2020-10-11',
      ),
    ).toEqual([[null, 5]]);
  });
  it('counts the major and the three policemen written in digits', () => {
    expect(
      told(
        ['أصيب ضابط برتبة رائد و3 منتسبين بانفجار عبوة ناسفة على دورية في قضاء الدبس، اليوم الأحد.'],
        'ar',
        '2020-10-11',
      ),
    ).toEqual([[null, 4]]);
  });
});

describe('verbs of dying in the dual, the feminine and "فارق الحياة": the subject told before them is the dead', () => {
  it('counts two brothers who "passed away" by a mine', () => {
    expect(
      told(
        ['شابان شقيقان فارقا الحياة بانفجار لغم أرضي قرب بلدة صوران بريف حماة الشمالي، اليوم الجمعة.'],
        'ar',
        '2019-05-10',
      ),
    ).toEqual([[2, null]]);
  });
  it('counts one girl who "passed away" under shelling', () => {
    expect(
      told(
        ['طفلة فارقت الحياة جراء قصف مدفعي على بلدة كفرنبودة بريف حماة، اليوم الجمعة.'],
        'ar',
        '2019-05-10',
      ),
    ).toEqual([[1, null]]);
  });
  it('counts a mother and her son killed ("قضيا") by a rocket', () => {
    expect(
      told(
        ['سيدة وابنها قضيا بسقوط صاروخ على منزلهما في مدينة معرة النعمان، اليوم الجمعة.'],
        'ar',
        '2019-05-10',
      ),
    ).toEqual([[2, null]]);
  });
});

describe('"طفلين (7 و9 أعوام) قتلا": the ages told between the dead and their verb leave the count alone', () => {
  it('counts two children', () => {
    expect(
      told(
        ['أفاد مصدر أمني بأن طفلين (7 و9 أعوام) قتلا بانفجار قذيفة قديمة في ناحية القيارة جنوب الموصل، أمس.'],
        'ar',
        '2020-04-15',
      ),
    ).toEqual([[2, null]]);
  });
});

describe('"وثّق المرصد مقتل…": a monitor documenting the dead of one attack it names at its place tells that attack', () => {
  it('drafts the attack', () => {
    expect(
      told(
        [
          'وثّق المرصد السوري مقتل 4 عناصر من قوات النظام في هجوم لتنظيم داعش على نقطة عسكرية في بادية السخنة بريف حمص الشرقي، اليوم الأحد.',
        ],
        'ar',
        '2021-01-10',
      ),
    ).toEqual([[4, null]]);
  });
});

describe('"the past 24 hours" is the day before the report and the day itself', () => {
  it('dates an event told in the past 24 hours', () => {
    expect(
      dated(
        [
          'Two shepherds were killed by a landmine near the town of Kobani in the past 24 hours, the monitor said.',
        ],
        'en',
        '2021-04-10',
      ),
    ).toEqual([['2021-04-09', '2021-04-10', 2]]);
  });
  it("dates a roundup's undated items by its lead, not by the wounding an item before them reached back to", () => {
    expect(
      dated(
        [
          'وثّق المرصد السوري مقتل 8 أشخاص خلال الساعات الـ24 الماضية في عدة محافظات.',
          '- شاب فارق الحياة متأثراً بجراح أصيب بها قبل ثلاثة أيام بقصف على بلدة الأتارب بريف حلب الغربي.',
          'كما قتل 7 عناصر من قوات النظام باشتباكات مع الفصائل على محور بلدة كبانة بريف اللاذقية الشمالي.',
        ],
        'ar',
        '2021-04-10',
      ),
    ).toEqual([
      ['2021-04-07', '2021-04-10', 1],
      ['2021-04-09', '2021-04-10', 7],
    ]);
  });
});

describe('a lead that gives a span and no toll takes the day of the first casualties told inside it', () => {
  it('dates the killing by its own evening, not by the span', () => {
    expect(
      dated(
        [
          'شهدت محافظة حمص خلال الساعات الـ24 الماضية عمليتي اغتيال طالتا عناصر سابقين في فصائل المعارضة.',
          'ففي مدينة الرستن، قُتل شاب برصاص مسلحين مجهولين مساء أمس أثناء عودته إلى منزله.',
        ],
        'ar',
        '2022-03-15',
      ),
    ).toEqual([['2022-03-14', '2022-03-14', 1]]);
  });
});

describe('a paragraph with no event, day or other place of its own, whose counts agree or fill a kind the event lacks, is more of it', () => {
  it('adds the soldier wounded to the raid that killed the militants', () => {
    expect(
      told(
        [
          'أعلنت قيادة العمليات المشتركة، اليوم الأحد، مقتل خمسة إرهابيين خلال عملية نفذتها قطعات الجيش في صحراء الحضر جنوب غربي الموصل.',
          'وأضاف البيان أن "أحد جنودنا أصيب بجروح طفيفة".',
        ],
        'ar',
        '2021-02-14',
      ),
    ).toEqual([[5, 1]]);
  });
  it('keeps one event when a later paragraph tells the man killed again as having died before reaching hospital', () => {
    expect(
      told(
        [
          'أطلق مسلحون مجهولون النار على طبيب أمام عيادته في مدينة الديوانية، اليوم الخميس، ما أدى إلى مقتله وإصابة شقيقه.',
          'وقال مصدر في شرطة الديوانية إن "الطبيب فارق الحياة قبل وصوله إلى المستشفى، فيما يخضع شقيقه للعلاج".',
        ],
        'ar',
        '2021-02-11',
      ),
    ).toEqual([[1, 1]]);
  });
});

describe('wounded told as dead since, after a risen toll counted them, are not another event', () => {
  it('keeps the risen toll as the one event', () => {
    expect(
      told(
        [
          'ارتفعت حصيلة ضحايا انفجار قذيفة قديمة يوم السبت في قرية البوعيثة جنوبي بغداد إلى أربعة قتلى، بعد وفاة اثنين من الجرحى متأثرين بجراحهما، بحسب ما أفاد مصدر أمني اليوم الثلاثاء.',
          'وقال قائممقام قضاء المحمودية إن "اثنين من المصابين فارقا الحياة ليلة أمس، فيما لا يزال الثلاثة الآخرون في المستشفى".',
        ],
        'ar',
        '2021-03-09',
      ),
    ).toEqual([[4, null]]);
  });
});

describe('"وتوفي ثالث متأثراً بجروحه": one more dead of the event just told', () => {
  it('adds the third dead in Arabic', () => {
    expect(
      told(
        [
          'قُتل مدنيان بقصف مدفعي استهدف منزلاً في بلدة كنصفرة بريف إدلب الجنوبي، اليوم الأحد، وتوفي ثالث لاحقاً متأثراً بجروحه في مستشفى بمدينة أريحا.',
        ],
        'ar',
        '2020-03-01',
      ),
    ).toEqual([[3, null]]);
  });
});

describe('the event by its definite name ("حصيلة القصف", "The clashes erupted…") is the one just told', () => {
  it('keeps one shelling when a second source gives its toll', () => {
    const raw = [
      'ثلاثة قتلى بقصف للنظام على ريف حلب',
      '',
      'ذكرت مصادر محلية، اليوم الخميس، أن القصف الصاروخي الذي شنته قوات النظام فجر الثلاثاء 4 من أيار على بلدة كفرنوران بريف حلب الغربي أسفر عن مقتل مدنيين اثنين بينهم طفل، وإصابة أربعة آخرين بجروح.',
      '',
      'وقال الدفاع المدني إن فرقه انتشلت جثث القتلى من بيتين أصابتهما قذائف صاروخية أطلقتها قوات النظام من مواقعها في اللواء 80، فيما قال المرصد السوري لحقوق الإنسان إن حصيلة القصف بلغت ثلاثة قتلى بينهم طفلان.',
    ].join('\n');
    expect(drafted(raw, '2021-05-06')).toEqual([[2, 4]]);
  });
  it('adds the wounded a later clause about the clashes gives', () => {
    const raw = [
      'Tribal clashes kill four in Deir Ezzor',
      '',
      "Clashes between rival tribes in Syria's eastern Deir Ezzor province have killed four people since Sunday, a war monitor said on Monday.",
      '',
      'The clashes erupted in the village of al-Sur over a land dispute, the monitor said, adding that 11 people had been wounded.',
    ].join('\n');
    expect(drafted(raw, '2021-05-10')).toEqual([[4, 11]]);
  });
});

describe('"the city of Kut, south of Baghdad": a district\'s own city told with a bearing keeps its governorate', () => {
  it('places the bombing in Wasit', () => {
    expect(
      extracted(
        [
          'A car bomb exploded near a market in the city of Kut, south of Baghdad, on Monday, killing four people.',
        ],
        'en',
        '2019-04-02',
      ).map((x) => x.place?.governorate?.en),
    ).toEqual(['Wasit']);
  });
});

describe('a toll told unsplit ("ضحايا بين قتيل وجريح") between the source\'s verb and the day makes it the event\'s day', () => {
  it('dates the bombing by "مساء أمس", not by the report', () => {
    expect(
      dated(
        [
          'ففي بغداد، قُتل شرطي بهجوم مسلح على نقطة تفتيش في منطقة الدورة جنوبي العاصمة، اليوم الأربعاء.',
          'وفي نينوى، أفاد مصدر في الشرطة بسقوط أربعة ضحايا بين قتيل وجريح، مساء أمس، بانفجار عبوة ناسفة على طريق في قضاء الحمدانية.',
        ],
        'ar',
        '2018-09-05',
      ),
    ).toEqual([
      ['2018-09-05', '2018-09-05', 1],
      ['2018-09-04', '2018-09-04', null],
    ]);
  });
});

describe('"the insurgents have stepped up their attacks": a trend, not an event', () => {
  it('drafts only the ambush', () => {
    expect(
      told(
        [
          'Gunmen ambushed an army patrol near the town of Tarmiyah, north of Baghdad, on Friday, killing two soldiers.',
          'The insurgents have stepped up their hit-and-run attacks in the province as Iraqi troops press an offensive against them in the Hamrin mountains of Diyala.',
        ],
        'en',
        '2020-06-13',
      ),
    ).toEqual([[2, null]]);
  });
});
