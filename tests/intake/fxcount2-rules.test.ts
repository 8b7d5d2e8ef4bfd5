// Rules from the fxcount2 round (issue 12, the count of one incident): who is one more of the
// counted, victims split after, the one wounded who died, others with no number, a toll of other
// victims, an announcement told as of before; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';
import { extracted, tolls } from '../support/tolls.js';

/** Each drafted incident's days, dead and wounded. */
const dated = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extracted(paragraphs, lang, published).map((x) => ({
    from: x.date.from,
    to: x.date.to,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('"and a X who…" after a count is one more person, whatever the noun', () => {
  it('"killing two policemen and a municipal sweeper who was working nearby": three dead', () => {
    expect(
      tolls(
        [
          'A roadside bomb exploded in the Amriya district of western Baghdad on Sunday morning, killing two policemen and a municipal sweeper who was working nearby, police said.',
        ],
        'en',
        '2021-03-08',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });
});

describe('victims counted as one number, then split into dead and wounded, are that split', () => {
  it('"بسقوط أربعة ضحايا" then "مقتل امرأة وإصابة ثلاثة من أطفالها": one dead, three wounded', () => {
    expect(
      dated(
        [
          'أفادت مصادر محلية في ريف درعا الشرقي، اليوم الأحد، بسقوط أربعة ضحايا بانفجار عبوة ناسفة في بلدة الحراك.',
          'وأوضحت المصادر أن العبوة انفجرت مساء أمس السبت بسيارة مدنية عند مدخل البلدة، ما أدى إلى مقتل امرأة وإصابة ثلاثة من أطفالها.',
        ],
        'ar',
        '2021-03-07',
      ),
    ).toEqual([{ from: '2021-03-06', to: '2021-03-06', killed: 1, wounded: 3 }]);
  });
});

describe('the one wounded, then "died of it" after a comma, is dead and no longer wounded', () => {
  it('"ما أدى إلى إصابته بطلقتين في البطن، فارق الحياة على إثرها": one dead, no wounded', () => {
    expect(
      tolls(
        [
          'قتل شاب من أهالي مدينة جاسم بريف درعا الشمالي، مساء أمس، برصاص مسلحين مجهولين.',
          'وقال مصدر محلي إن المسلحين أطلقوا النار على الشاب أثناء عودته إلى منزله، ما أدى إلى إصابته بطلقتين في البطن، فارق الحياة على إثرها بعد ساعات.',
        ],
        'ar',
        '2021-03-07',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('"others" in the plural, with no number, count no one', () => {
  it('"قتل رجلان وأصيب آخرون، خلال اشتباكات مسلحة": two dead, the wounded untold', () => {
    expect(
      tolls(
        [
          'قتل رجلان وأصيب آخرون، خلال اشتباكات مسلحة بين عائلتين في مدينة الميادين بريف دير الزور الشرقي، مساء أمس.',
        ],
        'ar',
        '2021-03-07',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});

describe('a loose toll of other victims than the event just told is another event', () => {
  it('a bombing of police, then "an air strike on Sunday … had killed between 8 and 12 IS militants": its own', () => {
    expect(
      dated(
        [
          'Gunmen killed a shopkeeper in central Kirkuk on Tuesday, police said.',
          'In a separate attack, a suicide bomber blew himself up at a police checkpoint in southern Kirkuk, killing two policemen and wounding five.',
          'The Iraqi military said an air strike on Sunday on a hideout in the Hamrin mountains had killed between 8 and 12 Islamic State militants.',
        ],
        'en',
        '2021-03-10',
      ),
    ).toEqual([
      { from: '2021-03-09', to: '2021-03-09', killed: 1, wounded: null },
      { from: '2021-03-09', to: '2021-03-09', killed: 2, wounded: 5 },
      { from: '2021-03-07', to: '2021-03-07', killed: { low: 8, high: 12 }, wounded: null },
    ]);
  });
});

describe('an announcement told in the pluperfect does not date the event told before it', () => {
  it('a lead of 9 dead, its items, then "وكانت الفصائل أعلنت الخميس الماضي …": the items of the lead\'s day', () => {
    const article = [
      '9 قتلى بغارات وقصف على أحياء حلب الشرقية',
      'قتل 9 مدنيين وجرح العشرات، اليوم الثلاثاء، جراء غارات جوية استهدفت أحياء في القسم الشرقي من مدينة حلب.',
      'وقال ناشطون إن طائرات حربية شنت غارات على حي الشعار، ما أسفر عن مقتل ستة مدنيين، وإصابة أكثر من 20 آخرين.',
      'كما قتل ثلاثة مدنيين بقصف مروحي استهدف حي الصاخور، بحسب ما أفاد الدفاع المدني في حلب.',
      'وكانت فصائل المعارضة أعلنت الخميس الماضي السيطرة على معسكر جنوب غربي المدينة، في معركة قتل فيها العشرات من الطرفين.',
    ].join('\n\n');
    const result = ingest(article, { published: '2021-03-09' });
    expect(
      result.ok
        ? result.draft.incidents.map((x) => ({
            from: x.date.from,
            to: x.date.to,
            killed: x.killed,
            wounded: x.wounded,
          }))
        : result.error,
    ).toEqual([
      { from: '2021-03-09', to: '2021-03-09', killed: 6, wounded: 20 },
      { from: '2021-03-09', to: '2021-03-09', killed: 3, wounded: null },
    ]);
  });
});

describe('the one named after "أن", where they were from, then what they were doing, is one hurt', () => {
  it('"وأضاف أن مزارعاً من سكان القرية كان يعمل في أرضه أصيب بشظايا": one wounded', () => {
    expect(
      tolls(
        [
          'قتل عنصران من قوات سوريا الديمقراطية، اليوم الاثنين، بقصف لطائرة مسيرة تركية استهدف سيارتهما قرب بلدة عين عيسى شمالي الرقة.',
          'وأضاف المصدر أن مزارعاً من سكان القرية كان يعمل في أرضه أصيب بشظايا ونقل إلى مشفى البلدة.',
        ],
        'ar',
        '2021-03-08',
      ),
    ).toEqual([{ killed: 2, wounded: 1 }]);
  });
});

describe('the words describing "a …" one counted never run past a verb of the blow', () => {
  it('"A sticky bomb killed the driver and wounded others": one dead, the wounded untold', () => {
    expect(
      tolls(
        [
          'A sticky bomb killed the driver and wounded others at a crowded junction in the town of Tuz Khurmatu on Thursday, police said.',
        ],
        'en',
        '2021-03-12',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('"وكان" then one person and the passive verb, "قد" left out, is one dead of the background', () => {
  it('"وكان رجل قُتل الشهر الماضي في مدينة جرابلس بشجار مماثل": one dead, last month', () => {
    expect(
      dated(
        [
          'قتل شخصان وأصيب ثلاثة آخرون، اليوم الأحد، بشجار مسلح بين عائلتين في مدينة منبج شرقي حلب.',
          'وكان رجل قُتل الشهر الماضي في مدينة جرابلس بشجار مماثل على خلفية نزاع على أرض زراعية.',
        ],
        'ar',
        '2024-06-16',
      ),
    ).toEqual([
      { from: '2024-06-16', to: '2024-06-16', killed: 2, wounded: 3 },
      { from: '2024-05-01', to: '2024-05-31', killed: 1, wounded: null },
    ]);
  });
});

describe('"مقتله ومقتل أحد مرافقيه": the one the pronoun stands for and one of his own', () => {
  it('a drone strike on a commander\'s car "ما أدى إلى مقتله ومقتل أحد مرافقيه": two dead', () => {
    expect(
      tolls(
        [
          'استهدفت طائرة مسيرة، مساء أمس، سيارة قيادي في فصيل محلي على طريق بلدة الصنمين بريف درعا الشمالي، ما أدى إلى مقتله ومقتل أحد مرافقيه.',
        ],
        'ar',
        '2022-12-06',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});
