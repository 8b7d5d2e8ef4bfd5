// Rules found on probe-zzd's misses (issue 12): roundup items told one sentence each, a lead total
// under an outlet's name and date, a killing told beside a body found, the ends of a journey, a
// governorate's name as a man's first name, ages between commas; each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { ingest } from '../../src/intake/ingest.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const extract = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

/** Each drafted incident's governorate, dead and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({
    at: x.place?.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('roundup items told one sentence each', () => {
  it('a civil servant, a tribal elder: one person each, by their trade', () => {
    expect(
      tolls(
        ['In Baghdad, a magnetic bomb wounded a civil servant in Karrada on Tuesday.'],
        'en',
        '2015-02-04',
      ),
    ).toEqual([{ at: 'Baghdad', killed: null, wounded: 1 }]);
    expect(tolls(['Gunmen killed a tribal elder in Tarmiyah on Tuesday.'], 'en', '2015-02-04')).toEqual([
      { at: 'Baghdad', killed: 1, wounded: null },
    ]);
  });

  it('two quarters of one city in two sentences are two events, though their counts would fill each other', () => {
    expect(
      tolls(
        ['A roadside bomb wounded two policemen in Karrada. Gunmen shot dead a shop owner in Adhamiya.'],
        'en',
        '2015-02-04',
      ),
    ).toEqual([
      { at: 'Baghdad', killed: null, wounded: 2 },
      { at: 'Baghdad', killed: 1, wounded: null },
    ]);
  });
});

describe('a lead total under the outlet name and a date alone', () => {
  it('the lines above the lead do not push the total out of the lead', () => {
    const drafted = tolls(
      [
        'شبكة أخبار المنطقة الشرقية',
        '14 آب 2021',
        'قتل شخصان وأصيب ثلاثة آخرون خلال الساعات الماضية في حوادث متفرقة بريف دير الزور.',
        'ففي بلدة الشحيل، قتل شاب برصاص مسلحين مجهولين مساء أمس.',
        'وفي مدينة الميادين، قتل رجل وأصيب ثلاثة من أبنائه بانفجار لغم قرب منزلهم.',
      ],
      'ar',
      '2021-08-14',
    );
    expect(drafted).toHaveLength(2);
    expect(drafted.map((x) => x.killed)).toEqual([1, 1]);
  });
});

describe('a killing told with "also" beside a body found', () => {
  it('"عثر على جثة …، كما قتل رجل آخر برصاص مسلحين": two deaths, two incidents', () => {
    const drafted = tolls(
      [
        'وفي قرية الكرك بريف درعا، عثر الأهالي صباح اليوم على جثة رجل مقتول بالرصاص قرب الطريق العام، كما قتل شاب آخر من القرية نفسها برصاص مسلحين مجهولين أثناء ذهابه إلى عمله.',
      ],
      'ar',
      '2022-04-02',
    );
    expect(drafted.map((x) => x.killed)).toEqual([1, 1]);
  });

  it('"كما عثر على جثة أخرى", with no doer: the same find', () => {
    expect(
      tolls(
        ['وفي قرية الكرك بريف درعا، عثر الأهالي صباح اليوم على جثة رجل، كما عثر على جثة أخرى قرب الطريق.'],
        'ar',
        '2022-04-02',
      ),
    ).toHaveLength(1);
  });
});

describe('what names no place of the event', () => {
  it('the ends of the journey the victims were on', () => {
    expect(
      tolls(
        [
          'A bomb hit a bus near Latifiya in Baghdad province on Friday, killing four passengers. The passengers were on their way from Basra to Samarra when the bomb went off.',
        ],
        'en',
        '2016-05-07',
      ),
    ).toEqual([{ at: 'Baghdad', killed: 4, wounded: null }]);
  });

  it('a road named by its two ends with a dash lies in neither', () => {
    const en = tolls(
      [
        'A roadside bomb killed two soldiers near Tuz Khurmatu on Friday.',
        'Two more soldiers were wounded on the Kirkuk-Baghdad highway when their patrol came under fire.',
      ],
      'en',
      '2016-05-07',
    );
    const ar = tolls(
      [
        'قتل جنديان بانفجار عبوة ناسفة قرب قضاء الطوز أمس.',
        'وأصيب جنديان آخران بنيران قناص على طريق بغداد – كركوك.',
      ],
      'ar',
      '2016-05-07',
    );
    expect([...en, ...ar].map((x) => x.at)).toEqual(['Salahuddin', 'Salahuddin']);
  });

  it('a road closed "after the attack" is no event of its own', () => {
    expect(
      tolls(
        [
          'A bomb on a minibus went off near Musayyib in Babil province on Saturday, killing or wounding more than 20 people.',
          // a town of its own in the clause: without the rule, "the attack" there reads as a second event
          'Police closed the road to Hilla for two hours after the attack.',
        ],
        'en',
        '2019-09-21',
      ),
    ).toHaveLength(1);
  });

  it("a governorate named as a man's first name, a family name after it", () => {
    expect(
      tolls(
        [
          'Gunmen killed two shepherds near Khanaqin on Monday.',
          'One of the gunmen was also killed when villagers fired back, said Muthanna Al Jubouri, a district official.',
        ],
        'en',
        '2018-03-06',
      ),
    ).toEqual([{ at: 'Diyala', killed: 2, wounded: null }]);
  });
});

describe('a governorate followed by "al-X" that is still the place', () => {
  it('"the Daraa al-Balad neighbourhood": no speaker before it, a place', () => {
    expect(
      tolls(
        ['A bomb wounded two soldiers at the entrance to the Daraa al-Balad neighbourhood on Tuesday.'],
        'en',
        '2020-08-26',
      ),
    ).toEqual([{ at: 'Daraa', killed: null, wounded: 2 }]);
  });
});

describe('who was counted', () => {
  it('"The driver, 52, died at the scene": an age between commas, not 52 dead', () => {
    const drafted = tolls(
      [
        'A roadside bomb hit a truck in Baiji on Sunday.',
        '"The driver, 52, died at the scene," a police officer said.',
      ],
      'en',
      '2019-05-06',
    );
    expect(drafted.map((x) => x.killed)).not.toContain(52);
  });

  it('"A shepherd was killed and his son wounded": the shepherd is not counted again among the wounded', () => {
    expect(
      tolls(
        ['A shepherd was killed and his son wounded by a landmine near Rutba on Sunday.'],
        'en',
        '2019-05-06',
      ),
    ).toEqual([{ at: 'Anbar', killed: 1, wounded: 1 }]);
  });

  it('"Two gang members were also killed": the raid\'s attackers, not its victims', () => {
    expect(
      tolls(
        [
          'A police officer was killed in a raid on a drug gang in Basra on Monday. Two gang members were also killed.',
        ],
        'en',
        '2020-03-10',
      ),
    ).toEqual([{ at: 'Basra', killed: 1, wounded: null }]);
  });

  it('"فارق رجل مسن الحياة": the verb first, someone new is its dead', () => {
    const drafted = tolls(
      [
        'قتل مدنيان بقصف مدفعي على بلدة كفرنبل في ريف إدلب، فيما فارق شاب يبلغ من العمر 20 عاماً الحياة متأثراً بجراح أصيب بها قبل أيام بغارة على مدينة سراقب.',
      ],
      'ar',
      '2019-07-16',
    );
    expect(drafted.map((x) => x.killed)).toEqual([2, 1]);
  });

  it('"فارق شقيقه الحياة": one told before, no one more', () => {
    const draft = ingest(
      [
        'مقتل راعيين بانفجار لغم غربي الأنبار',
        '',
        'لقي راعيان مصرعهما وأصيب ثالث بجروح، بانفجار لغم أرضي قرب قضاء الرطبة بمحافظة الأنبار، صباح أمس.',
        '',
        'وذكر مسؤول محلي أن "اللغم انفجر بأحدهم، ما أدى إلى مقتله على الفور، فيما فارق شقيقه الحياة متأثرا بجروحه بعد نقله إلى المستشفى".',
      ].join('\n'),
      { published: '2018-08-23', lang: 'ar' },
    );
    expect(draft.ok && draft.draft.incidents.map((x) => [x.killed, x.wounded])).toEqual([[2, 1]]);
  });

  it('"Earlier reports put the toll at three. The toll rose as two of the wounded died": the count told holds them', () => {
    expect(
      tolls(
        [
          'Gunmen attacked an army post near Palmyra in Homs province on Sunday, killing five soldiers and wounding eight, a monitor said.',
          'Earlier reports had put the death toll at three. The monitor said the toll rose as two of the wounded died overnight.',
        ],
        'en',
        '2021-05-10',
      ),
    ).toEqual([{ at: 'Homs', killed: 5, wounded: 8 }]);
  });

  it('سيد دخيل: a subdistrict of Dhi Qar', () => {
    expect(tolls(['قتل رجل طعناً في ناحية سيد دخيل صباح اليوم.'], 'ar', '2023-02-16')).toEqual([
      { at: 'Dhi Qar', killed: 1, wounded: null },
    ]);
  });
});
