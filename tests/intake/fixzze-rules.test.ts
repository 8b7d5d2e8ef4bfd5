// Rules found on probe-zze's misses (issue 12): a second source's toll told against the first, kin
// counted by pronoun, the pursuers' wounded, a campaign going on; each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { ingest } from '../../src/intake/ingest.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const extract = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

/** Each drafted incident's dead and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({ killed: x.killed, wounded: x.wounded }));

/** Each drafted incident's dead, wounded and first day. */
const dated = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extract(paragraphs, lang, published).map((x) => ({
    killed: x.killed,
    wounded: x.wounded,
    from: x.date.from,
  }));

describe('a documenting verb set against a toll just given', () => {
  it('"…مقتل 7، في حين وثق المرصد مقتل 10": the event\'s toll in two sources, no statistic', () => {
    expect(
      tolls(
        [
          'تباينت الأرقام حول ضحايا الغارات التي استهدفت بلدة سراقب شرقي إدلب أمس، إذ أعلن الدفاع المدني مقتل 7 مدنيين، في حين وثق المرصد السوري مقتل 10 مدنيين.',
        ],
        'ar',
        '2019-06-02',
      ),
    ).toEqual([{ killed: 7, wounded: null }]);
  });
});

describe('a sound plural with a pronoun is no dual', () => {
  it('"في اشتباكات مع مقاتليها": her fighters, many, not two dead', () => {
    expect(
      tolls(
        [
          'وقال الجيش إن 12 عنصراً من المسلحين قتلوا في اشتباكات مع مقاتليه قرب قرية المشيرفة في ريف الحسكة أمس.',
        ],
        'ar',
        '2019-10-12',
      ),
    ).toEqual([{ killed: 12, wounded: null }]);
  });

  it('"ومرافقَيه" vowelled is still his two escorts', () => {
    expect(
      tolls(
        [
          'انفجرت عبوة ناسفة بسيارة قيادي عسكري وسط مدينة الرقة صباح اليوم، ما أسفر عن إصابته ومرافقَيه بجروح.',
        ],
        'ar',
        '2022-03-29',
      ),
    ).toEqual([{ killed: null, wounded: 3 }]);
  });
});

describe('the bombing told again by its toll', () => {
  it('"حصيلة التفجير بلغت …" after a hospital\'s count: one event in two sources\' figures', () => {
    expect(
      extract(
        [
          'فجر انتحاري نفسه مساء أمس داخل سوق شعبي في قضاء الخالص شمال بعقوبة.',
          'وقال مصدر طبي إن مستشفى الخالص تسلم جثث تسعة أشخاص.',
          'من جهته، أفاد مصدر أمني بأن حصيلة التفجير بلغت ستة قتلى و20 جريحاً، مضيفاً أن الانتحاري فجر نفسه وسط المتبضعين.',
        ],
        'ar',
        '2016-03-08',
      ),
    ).toHaveLength(1);
  });
});

describe('kin joined one after another to the one a pronoun stands for', () => {
  it('"مقتله هو ونجليه وزوجته": four dead', () => {
    expect(
      tolls(
        ['هاجم مسلحون منزل مختار قرية قرب الحويجة غربي كركوك فجر اليوم، ما أدى إلى مقتله هو ونجليه وزوجته.'],
        'ar',
        '2018-08-21',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });

  it('"مقتله مع شقيقه ووالدته": three dead', () => {
    expect(
      tolls(
        [
          'أطلق مسلحون النار على سيارة موظف في طريق بعقوبة الخالص مساء أمس، ما أدى إلى مقتله مع شقيقه ووالدته.',
        ],
        'ar',
        '2018-08-21',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('the pursuers hurt in the chase of the attackers', () => {
  it('"اشتبكت مع المهاجمين خلال انسحابهم، ما أسفر عن مقتل ثلاثة منهم وإصابة شرطي": one more wounded', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة مدنيين بهجوم شنه مسلحون على قرية في قضاء الدبس شمال غربي كركوك فجر اليوم.',
          'وقال مصدر إن قوة من الشرطة اشتبكت مع المهاجمين خلال انسحابهم، ما أسفر عن مقتل ثلاثة منهم وإصابة شرطي بجروح.',
        ],
        'ar',
        '2019-06-10',
      ),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});

describe('the attackers told by pronoun in the chase', () => {
  it('"مقتل أحدهما واعتقال الآخر بعد إصابته": the other attacker wounded, no wounded of the event', () => {
    expect(
      tolls(
        [
          'قتل موظف برصاص مسلحين اثنين أمام منزله وسط مدينة الديوانية صباح اليوم.',
          'وقال مصدر إن دورية للشرطة طاردت المهاجمين، ما أسفر عن مقتل أحدهما واعتقال الآخر بعد إصابته.',
        ],
        'ar',
        '2019-04-02',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('one of the wounded, told by a participle, dead since', () => {
  it('"after a woman wounded in the shelling died": one more dead, no count of wounded', () => {
    expect(
      tolls(
        [
          'The death toll from shelling on a village near Maarat al-Numan in Idlib province rose to six after a woman wounded in the shelling died in hospital, the monitor said.',
        ],
        'en',
        '2019-05-20',
      ),
    ).toEqual([{ killed: 6, wounded: null }]);
  });

  it('"more than 30 were wounded" before one of them died: the floor as told', () => {
    expect(
      tolls(
        [
          'The death toll from an air strike on a bakery in Saraqeb in Idlib province rose to nine after a man wounded in the strike died overnight, the monitor said.',
          'Eight people had died on Sunday when jets struck the bakery, and more than 30 were wounded, it said.',
        ],
        'en',
        '2019-05-20',
      ),
    ).toEqual([{ killed: 9, wounded: 30 }]);
  });
});

describe('who the counted were, set off by commas before their verb', () => {
  it('"9 مقاتلين، هم 6 من … و3 من …، قتلوا": the nine, however long the list', () => {
    expect(
      tolls(
        [
          'قال المرصد إن 9 مقاتلين، هم 6 من الفصائل المقاتلة والإسلامية و3 من عناصر قوات النظام والمسلحين الموالين لها، قتلوا خلال اشتباكات عنيفة على محور الكبينة بريف اللاذقية الشمالي أمس.',
        ],
        'ar',
        '2019-12-03',
      ),
    ).toEqual([{ killed: 9, wounded: null }]);
  });
});

describe('a campaign told as going on', () => {
  it('"Troops are fighting for …": the setting of the news, no second event', () => {
    expect(
      dated(
        [
          'A roadside bomb killed four soldiers near Tal Afar on Tuesday, police said.',
          'Iraqi troops are fighting for the last districts of Mosul, some 60 km to the east.',
        ],
        'en',
        '2017-06-14',
      ),
    ).toEqual([{ killed: 4, wounded: null, from: '2017-06-13' }]);
  });
});

describe('towns of the Euphrates valley by the spellings wire copy gives them', () => {
  it('"the village of al-Shaafa" is in Deir ez-Zor', () => {
    expect(
      extract(
        [
          'Coalition airstrikes on the village of al-Shaafa on Monday killed nine civilians, the monitor said.',
        ],
        'en',
        '2018-11-27',
      ).map((x) => x.place?.governorate?.en),
    ).toEqual(['Deir ez-Zor']);
  });
});

describe('a tally of deaths and infections counted in words', () => {
  it('"إلى ثماني وفيات", "بأربع إصابات": figures of the tally', () => {
    const result = ingest(
      'الكوليرا في حماة\n\nأعلنت مديرية الصحة في حماة ارتفاع عدد الإصابات بالكوليرا إلى 37 إصابة وعدد الوفيات إلى ثماني وفيات، فيما سجلت مدينة السلمية وحدها بأربع إصابات جديدة.',
      { published: '2022-10-02' },
    );
    expect(result.ok && result.draft.figures.map((x) => x.value)).toEqual(expect.arrayContaining([37, 8, 4]));
  });
});
