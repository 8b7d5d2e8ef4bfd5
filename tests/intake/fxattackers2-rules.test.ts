// Rules from the fxattackers2 round (issue 12, attackers and wanted men killed): attackers killed in
// an attack kept apart from its victims and never an incident of their own, a wanted man killed in a
// raid its one dead, a sweep on a later day an incident of its own; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, ingested, tollsWithAttackers } from '../support/tolls.js';

const drafts = (title: string, paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  ingested(title, paragraphs, published, lang);

describe('a count told before the fight with the attackers is the victims’, not the attackers’', () => {
  it('"…عن مقتل ثلاثة من الحراس وإصابة أربعة آخرين، مشيراً إلى أن القوة اشتبكت مع المهاجمين": 3 dead, 4 wounded', () => {
    expect(
      tollsWithAttackers(
        [
          'أفاد مصدر أمني في محافظة ديالى، اليوم الخميس، بأن مسلحين هاجموا ليلة الأربعاء/الخميس موقعاً للجيش شمال قضاء المقدادية.',
          'وأضاف المصدر أن الهجوم أسفر عن مقتل ثلاثة من الحراس وإصابة أربعة آخرين، مشيراً إلى أن القوة الماسكة للموقع اشتبكت مع المهاجمين نحو ساعتين قبل فرارهم.',
        ],
        'ar',
        '2021-05-13',
      ),
    ).toEqual([{ killed: 3, wounded: 4, attackersKilled: null }]);
  });
});

describe('some of the attackers the event counted, told again by the partitive, are not another event', () => {
  it('"Nine policemen and six attackers were killed…", then "Guards shot dead five of the militants…": one incident', () => {
    expect(
      drafts(
        'Militants storm police station in Anbar town',
        [
          'Nine policemen and six attackers were killed when militants stormed a police station in the town of Hit early on Monday, officials said on Tuesday.',
          'The attackers, some wearing suicide vests, blasted through the gate with a truck bomb. Fourteen policemen were wounded.',
          'Guards shot dead five of the militants before they could enter the building, while the sixth blew himself up in the courtyard, the officer said.',
        ],
        'en',
        '2016-04-12',
      ),
    ).toEqual([{ from: '2016-04-11', to: '2016-04-11', governorate: 'Anbar', killed: 9, wounded: 14 }]);
  });
});

describe('as many attackers as the event set apart, named definite, are those attackers told again', () => {
  it('"فيما قُتل اثنان من المهاجمين", then "جثتي الإرهابيين تركتا في ساحة المعركة" told by a commander of another town: one incident', () => {
    expect(
      drafts(
        'استشهاد مقاتل بصد هجوم لداعش في ديالى',
        [
          'أعلن الحشد الشعبي، اليوم السبت، استشهاد مقاتل وإصابة آخر خلال صد هجوم لداعش على إحدى نقاطه في حوض الوقف شمال شرقي محافظة ديالى.',
          'وذكر الحشد في بيان أن "مفارز من داعش هاجمت ليلة الجمعة على السبت نقطة للفوج الثاني، وتصدى لها المقاتلون، ما أسفر عن استشهاد مقاتل وجرح آخر، فيما قُتل اثنان من المهاجمين".',
          'وأضاف البيان أن قوة من الحشد باشرت صباح اليوم بتفتيش البساتين القريبة.',
          'وقال آمر عمليات بعقوبة للحشد إن "جثتي الإرهابيين تركتا في ساحة المعركة قبل نقلهما إلى الطب العدلي".',
        ],
        'ar',
        '2022-01-08',
      ),
    ).toEqual([{ from: '2022-01-07', to: '2022-01-08', governorate: 'Diyala', killed: 1, wounded: 1 }]);
  });
});

describe('"an initial count had put the death toll at…" is the count before the one told, not more of it', () => {
  it('"Eight soldiers were killed and eleven wounded…", then "an initial count … but two of the wounded died": eight and eleven', () => {
    expect(
      drafts(
        'Militants kill eight soldiers west of Mosul',
        [
          'Eight soldiers were killed and eleven wounded when militants attacked an army checkpoint west of Mosul late on Friday, military sources said on Saturday.',
          'A medic at the Mosul field hospital said an initial count had put the death toll at six soldiers, but two of the wounded died overnight.',
        ],
        'en',
        '2016-02-20',
      ),
    ).toEqual([{ from: '2016-02-19', to: '2016-02-19', governorate: 'Nineveh', killed: 8, wounded: 11 }]);
  });
});

describe('"ومهاجم آخر" and a singular attacker joined after a victim are attackers, the victim stays', () => {
  it('"ما أدى إلى مقتل الانتحاري ومهاجم آخر" after the victims: no incident of their own', () => {
    expect(
      tollsWithAttackers(
        [
          'قتل أربعة عناصر من قوات الأمن الداخلي صباح اليوم بهجوم نفذه مسلحو التنظيم على حاجز عند مدخل بلدة الهول في ريف الحسكة الشرقي.',
          'وقالت مصادر محلية إن الهجوم بدأ بتفجير انتحاري نفسه قرب الحاجز، تلاه اشتباك مع عناصره، ما أدى إلى مقتل الانتحاري ومهاجم آخر.',
        ],
        'ar',
        '2019-07-04',
      ),
    ).toEqual([{ killed: 4, wounded: null, attackersKilled: 1 }]);
  });
  it('"أسفر عن مقتل شرطي ومطلوب": one dead, one wanted man apart', () => {
    expect(
      tollsWithAttackers(
        ['داهمت قوة أمنية منزلاً في قضاء الحويجة بمحافظة كركوك مساء أمس، ما أسفر عن مقتل شرطي ومطلوب.'],
        'ar',
        '2020-10-03',
      ),
    ).toEqual([{ killed: 1, wounded: null, attackersKilled: 1 }]);
  });
});

describe('a sweep told on a later day than the attack, killing the armed men it hunted, is its own incident', () => {
  it('"كمين مساء الجمعة", then "أطلقت القوات صباح اليوم السبت عملية تمشيط أسفرت عن مقتل أربعة من المسلحين": two incidents', () => {
    expect(
      incidents(
        [
          'قتل سبعة عناصر من قوات الأمن العام وأصيب خمسة آخرون بكمين نصبه مسلحون على طريق في ريف حماة الغربي، مساء الجمعة 7 من آذار.',
          'وأعلنت وزارة الدفاع، صباح اليوم السبت، إطلاق عملية تمشيط في قرى ريف حماة الغربي، أسفرت عن مقتل أربعة من المسلحين المشاركين في الكمين واعتقال آخرين.',
        ],
        'ar',
        '2025-03-08',
      ),
    ).toEqual([
      { from: '2025-03-07', to: '2025-03-07', governorate: 'Hama', killed: 7, wounded: 5 },
      { from: '2025-03-08', to: '2025-03-08', governorate: 'Hama', killed: 4, wounded: null },
    ]);
  });
});

describe('"، في حين قتل مطلوب خلال مداهمة في X": a wanted man killed in a raid, its one dead, an event of its own', () => {
  it('"أصيب ثلاثة … في حمص، في حين قتل مطلوب خلال مداهمة أمنية في ريف السلمية": two incidents', () => {
    expect(
      incidents(
        [
          'أصيب ثلاثة شبان بجروح برصاص مجهولين في حي الوعر بمدينة حمص مساء أمس، في حين قتل مطلوب خلال مداهمة أمنية في ريف السلمية صباح اليوم.',
        ],
        'ar',
        '2025-06-02',
      ),
    ).toEqual([
      { from: '2025-06-01', to: '2025-06-01', governorate: 'Homs', killed: null, wounded: 3 },
      { from: '2025-06-02', to: '2025-06-02', governorate: 'Hama', killed: 1, wounded: null },
    ]);
  });
});
