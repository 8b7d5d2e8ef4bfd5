// Rules found on drafted incidents that tell again an event the article told already (issue 12,
// fixer fxsame): a source placing "the attack", the dated telling after an undated risen toll, the
// abduction of the dead just found, a second source's toll set against the first; each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/intake/figures/figures.js';
import type { ExtractedIncident } from '../../src/intake/incidents/incident-types.js';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { PHRASES } from '../../src/intake/drafts/phrases.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const extract = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

/** Each drafted incident's days, dead and wounded. */
const drafted = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({
    from: x.date.from,
    to: x.date.to,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('a source telling where "the attack" took place tells the event just told', () => {
  it('"X said the attack took place near the town of Y and that eight were wounded": its wounded', () => {
    expect(
      drafted(
        [
          'Militants attacked an army checkpoint in Anbar province on Thursday, killing six soldiers, officials said.',
          'The Iraqi News Agency said the attack took place near the town of Rutba and that eight others were wounded.',
        ],
        'en',
        '2021-03-05',
      ),
    ).toEqual([{ from: '2021-03-04', to: '2021-03-04', killed: 6, wounded: 8 }]);
  });
});

describe('a risen toll told with no day, then the event told with its day', () => {
  it('the dated telling whose wounded hold the rise is the count before it, not another attack', () => {
    expect(
      drafted(
        [
          'The death toll from a militant attack on a farm in Diyala province rose to six on Thursday after two of the wounded died.',
          'Gunmen opened fire on farmers near the town of Khalis late on Wednesday, killing four and wounding five, police said.',
        ],
        'en',
        '2022-07-14',
      ),
    ).toEqual([{ from: '2022-07-13', to: '2022-07-13', killed: 6, wounded: 3 }]);
  });
});

describe('the abduction of the dead just found, told after the finding', () => {
  it('"وقد اختطفوا يوم السبت الماضي": one event from the abduction to the finding', () => {
    expect(
      drafted(
        [
          'عثرت قوة من الجيش، صباح اليوم الخميس، على جثث أربعة رعاة في منطقة صحراوية قرب قضاء الحضر جنوب غربي الموصل.',
          'وقال مصدر أمني إن "الرعاة من أهالي قرية مجاورة، وقد اختطفوا يوم السبت الماضي على يد مسلحين مجهولين".',
        ],
        'ar',
        '2022-10-13',
      ),
    ).toEqual([{ from: '2022-10-08', to: '2022-10-13', killed: 4, wounded: null }]);
  });
});

describe("a second source's toll set against the first in the same sentence", () => {
  it('"…فيما أحصى المرصد مقتل تسعة من عائلة نازحة من ريف X": the first source\'s event, not another', () => {
    expect(
      drafted(
        [
          'قتل مدنيون جراء غارات جوية استهدفت بلدة هجين بريف دير الزور الشرقي ليلة الجمعة – السبت.',
          'وقال مراسلنا إن سبعة مدنيين قتلوا إثر استهداف منزل في البلدة، فيما أحصى المرصد السوري مقتل تسعة أشخاص من عائلة نازحة من ريف الميادين.',
        ],
        'ar',
        '2019-03-09',
      ),
    ).toEqual([{ from: '2019-03-08', to: '2019-03-09', killed: 7, wounded: null }]);
  });
});

describe('a count of things is a figure, whatever toll an incident of its sentence has', () => {
  it('"استهدفت 7 مواقع" beside an incident of seven dead told with that sentence', () => {
    const sentences = splitSentences(
      ['وقال التحالف في بيانه إنه نفذ 12 ضربة استهدفت 7 مواقع للتنظيم قرب هجين.'],
      'ar',
    );
    const incident = {
      killed: 7,
      wounded: null,
      sentences: [sentences[0]!.index],
    } as unknown as ExtractedIncident;
    const values = extractFigures(sentences, {
      lang: 'ar',
      published: '2019-03-09',
      phrases: PHRASES,
      incidents: [incident],
    }).map((x) => x.value);
    expect(values).toEqual([12, 7]);
  });
});

describe("a source's account of the event just told, at that event's own place", () => {
  it('"وذكر مصدر في شرطة حمص أن … ما أدى إلى مقتل أربعة" after four dead in a quarter of the city: the same shelling', () => {
    expect(
      drafted(
        [
          'حمص-سانا | الأربعاء 14 شعبان 1438 هـ',
          'قتل أربعة مواطنين وأصيب تسعة آخرون بجروح، أمس، جراء سقوط قذائف صاروخية على حي الزهراء في مدينة حمص.',
          'وذكر مصدر في قيادة شرطة حمص لمراسل سانا أن المجموعات المسلحة استهدفت بثلاث قذائف منازل الأهالي في الحي، ما أدى إلى مقتل أربعة مواطنين، وإصابة تسعة آخرين.',
        ],
        'ar',
        '2017-05-10',
      ),
    ).toEqual([{ from: '2017-05-09', to: '2017-05-09', killed: 4, wounded: 9 }]);
  });

  it('"The X Center said 11 people were killed in Y" after nine killed in the Y neighborhood: one event', () => {
    expect(
      drafted(
        [
          'Government warplanes bombed rebel-held eastern Aleppo on Tuesday, killing at least nine people in the Bustan al-Qasr neighborhood, activists said.',
          'The opposition-run Aleppo Media Center said 11 people were killed in Bustan al-Qasr, among them two children.',
        ],
        'en',
        '2016-11-22',
      ),
    ).toHaveLength(1);
  });
});

describe('a country named by its border is no side of the event', () => {
  it('"… يقع على بعد 12 كيلومتراً من الحدود التركية، ما أدى إلى مقتل…": Turkey stays the doer', () => {
    const incidents = extract(
      [
        'قتل مزارعان جراء غارة نفذتها طائرات حربية تركية ليلة الجمعة على قرية في قضاء العمادية بمحافظة دهوك.',
        'وقال مسؤول محلي إن الطائرات استهدفت حقلاً على أطراف القرية يقع على بعد 12 كيلومتراً من الحدود التركية، ما أدى إلى مقتل المزارعين.',
      ],
      'ar',
      '2020-07-11',
    );
    expect(incidents.map((x) => x.actors)).toEqual([['turkey']]);
  });
});

describe('a toll of an event named by its town', () => {
  it('"حصيلة تفجير منبج بلغت ثمانية قتلى" after a second blast elsewhere: the Manbij blast, not a third', () => {
    expect(
      drafted(
        [
          'قتل ستة مدنيين وأصيب 11 آخرون بانفجار سيارة مفخخة، ظهر أمس الثلاثاء، قرب دوار السبع بحرات في مدينة منبج شمال شرقي حلب.',
          'وفي حادث منفصل، قتل شخصان بانفجار عبوة ناسفة في سوق مدينة جرابلس، صباح اليوم الأربعاء.',
          'من جهته، قال المرصد السوري لحقوق الإنسان إن حصيلة تفجير منبج بلغت ثمانية قتلى.',
        ],
        'ar',
        '2019-01-16',
      ),
    ).toEqual([
      { from: '2019-01-15', to: '2019-01-15', killed: 6, wounded: 11 },
      { from: '2019-01-16', to: '2019-01-16', killed: 2, wounded: null },
    ]);
  });
});

describe('"the attack came after…" with nothing of its own', () => {
  it('"ويأتي الهجوم بعد أقل من شهر على إعلان…": background of the event told, no second incident', () => {
    const paragraphs = [
      'قتل أربعة من عناصر الحشد العشائري وأصيب ستة آخرون، فجر أمس الثلاثاء، بهجوم انتحاري استهدف مقراً لهم في منطقة الجزيرة غرب قضاء هيت.',
      'ويأتي الهجوم بعد أقل من شهر على إعلان رئيس الوزراء النصر على تنظيم داعش وتحرير كامل أراضي البلاد.',
    ];
    // (the title names the town: an incident opened by the clause would take that place, not the lead's)
    const incidents = extractIncidents(splitSentences(paragraphs, 'ar'), {
      lang: 'ar',
      published: '2018-01-17',
      resolvePlace,
      titlePlace: resolvePlace('مقتل أربعة بهجوم انتحاري غرب هيت', 'ar'),
    });
    expect(incidents.map((x) => [x.killed, x.wounded])).toEqual([[4, 6]]);
  });
});
