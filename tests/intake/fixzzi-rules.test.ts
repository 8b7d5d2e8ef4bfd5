// Rules found on probe-zzi's misses (issue 12): counts told with whom the victims work for or whose
// kin they are, and a desert named after a town of another country; each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const extract = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

/** Each drafted incident's dead and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

/** Each drafted incident's governorate (English name). */
const governorates = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => x.place?.governorate?.en ?? null);

describe('whom the counted work for, between the count and its verb', () => {
  it('"three engineers employed by a Turkish firm were wounded": three, not the firm', () => {
    expect(
      tolls(
        [
          'Three engineers employed by a Turkish firm were wounded on Sunday when a roadside bomb hit their car near Kirkuk.',
        ],
        'en',
        '2019-03-12',
      ),
    ).toEqual([{ killed: null, wounded: 3 }]);
  });
});

describe('the one whose kin is counted, killed by a verb of his own', () => {
  it('"a farmer was killed and his brother wounded": one dead, one wounded', () => {
    expect(
      tolls(
        [
          'A farmer was killed and his brother wounded on Friday when an old mine went off in a field near Khanaqin.',
        ],
        'en',
        '2021-04-10',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

describe('the desert of Resafa, south-west of Raqqa', () => {
  it('"بادية الرصافة" is in Raqqa, not the Rusafa side of Baghdad', () => {
    expect(
      governorates(['قتل جنديان بهجوم على نقطة عسكرية في بادية الرصافة أمس.'], 'ar', '2023-01-15'),
    ).toEqual(['Raqqa']);
  });
});

describe('"the city\'s X district": a quarter of the city just told', () => {
  it('a quarter named like a district of Baghdad stays in the Syrian city told before', () => {
    expect(
      governorates(
        [
          'A shell fell on a school in the city of Aleppo on Tuesday, killing two pupils, a monitor said.',
          "Days earlier another shell wounded four people in the city's al-Mansour district, residents said.",
        ],
        'en',
        '2016-11-10',
      ),
    ).toEqual(['Aleppo', 'Aleppo']);
  });
});

describe('the body of the one taken, found after the kidnapping', () => {
  it('"…abducted a teacher…", then "Her body was found…": one dead', () => {
    expect(
      tolls(
        [
          'Unknown gunmen abducted a school teacher from her car in Baquba on Thursday.',
          'Her body was found two days later on a farm road.',
        ],
        'en',
        '2018-02-10',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });

  it('"اختطف مسلحون تاجراً…، وعثر على جثته": one dead', () => {
    expect(
      tolls(
        [
          'اختطف مسلحون مجهولون تاجراً من أمام متجره في بلدة طفس مساء السبت، وعثرت دورية على جثته قرب الطريق العام.',
        ],
        'ar',
        '2021-05-03',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('the bodies a roundup heading lists apart from its killed', () => {
  it('"Also, 14 bodies were recovered:" then an item pulling 14 bodies: no incident of its own', () => {
    expect(
      extract(
        [
          'At least six people were killed and four more were wounded in recent violence. Also, 14 bodies were recovered:',
          'Rescue teams pulled 14 more bodies from the ruins of a hospital in Ramadi.',
          'In Baiji, a roadside bomb killed two soldiers.',
        ],
        'en',
        '2016-03-02',
      ).map((x) => x.place?.governorate?.en),
    ).toEqual(['Salahuddin']);
  });

  it('"كما انتشلت 9 جثث:" then an item of 9 bodies from the rubble: no incident of its own', () => {
    expect(
      extract(
        [
          'قتل خمسة أشخاص وأصيب ثمانية آخرون في هجمات متفرقة في العراق خلال الساعات الماضية. كما انتشلت 9 جثث:',
          'انتشلت فرق الدفاع المدني 9 جثث من تحت أنقاض مبنى في الجانب الأيمن من الموصل.',
          'وفي بعقوبة، قتل شخصان بانفجار عبوة ناسفة.',
        ],
        'ar',
        '2016-03-02',
      )
        .map((x) => x.place?.governorate?.en)
        .filter((g) => g !== undefined),
    ).toEqual(['Diyala']);
  });
});

describe('a mass grave named only as where a new blow fell', () => {
  it('"…أصيب ثلاثة… قرب المقبرة الجماعية": an incident, though the article is about the grave', () => {
    expect(
      tolls(
        [
          'بدأت فرق الطب العدلي اليوم الاثنين فتح مقبرة جماعية في قضاء الحضر تضم رفات عشرات الضحايا.',
          'وفي حادث منفصل، أصيب ثلاثة من عمال البلدية أمس الأحد بانفجار قذيفة قديمة قرب المقبرة الجماعية في قضاء الحضر.',
        ],
        'ar',
        '2020-06-15',
      ),
    ).toEqual([{ killed: null, wounded: 3 }]);
  });

  it('"…two shepherds were killed … near the mass grave": an incident', () => {
    expect(
      tolls(
        [
          'Forensic teams on Tuesday began exhuming a mass grave outside Hatra believed to hold the remains of dozens of people.',
          'Separately, two shepherds were killed on Monday when an old shell exploded near the mass grave outside Hatra, police said.',
        ],
        'en',
        '2020-06-16',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('under a mass-grave lead, a clause going on with the dated event of its sentence', () => {
  it('"قتل مزارع … مساء أمس، كما أصيب ابنه بجروح": his son is among the wounded', () => {
    expect(
      tolls(
        [
          'انتشلت فرق الدفاع المدني 30 جثة من مقبرة جماعية في أطراف مدينة الميادين خلال الأسبوع الماضي.',
          'وفي بلدة الشحيل، قتل مزارع بانفجار لغم أرضي أثناء حراثة أرضه مساء أمس الاثنين، كما أصيب ابنه بجروح طفيفة.',
        ],
        'ar',
        '2019-02-19',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
});

/** Each drafted incident's first day. */
const days = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => x.date?.from ?? null);

describe('the day one of the wounded died, told after a risen toll or by a relative clause', () => {
  it('"ارتفع عدد الضحايا إلى اثنين بعد وفاة … متأثراً بجراحه اليوم", then "وكانت العبوة قد انفجرت مساء الأحد": Sunday', () => {
    expect(
      days(
        [
          'ارتفع عدد ضحايا انفجار عبوة ناسفة في بلدة الدانا شمالي إدلب إلى اثنين، بعد وفاة شاب متأثراً بجراحه صباح اليوم.',
          'وكانت العبوة قد انفجرت مساء الأحد الماضي بسيارة مدنية، ما أدى إلى مقتل رجل على الفور، وإصابة ثلاثة آخرين بجروح، بينهم الشاب الذي فارق الحياة اليوم.',
        ],
        'ar',
        '2020-09-16',
      ),
    ).toEqual(['2020-09-13']);
  });

  it('"…وإصابة ثلاثة آخرين بجروح، بينهم الشاب الذي فارق الحياة اليوم": the wounded of the blow, on its day', () => {
    expect(
      tolls(
        [
          'ارتفع عدد ضحايا انفجار عبوة ناسفة في بلدة الدانا شمالي إدلب إلى اثنين، بعد وفاة شاب متأثراً بجراحه صباح اليوم.',
          'وكانت العبوة قد انفجرت مساء الأحد الماضي بسيارة مدنية، ما أدى إلى مقتل رجل على الفور، وإصابة ثلاثة آخرين بجروح، بينهم الشاب الذي فارق الحياة اليوم.',
        ],
        'ar',
        '2020-09-16',
      ),
    ).toEqual([{ killed: 2, wounded: 3 }]);
  });
});
