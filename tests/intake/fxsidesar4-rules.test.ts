// Rules added for both sides' dead of a fight told apart in Arabic (issue 12, probe-s28e … s29d,
// fxsidesar4), each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';
import { matchView } from '../../src/intake/reading/view.js';
import { FOUGHT_OFF, deadOfSideOfFight } from '../../src/intake/attackers/fight-sides.js';
import { deadInFightOfSides } from '../../src/intake/roundups/dead-in-fight-of-sides.js';

const tolls = (paragraphs: string[]) =>
  extracted(paragraphs, 'ar', '2020-05-12').map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('a fight toll told again side by side, its attackers one share (lead-toll-by-sides.ts)', () => {
  it('keeps 23 and takes the 8 wounded where "17 مسلحاً … فيما استشهد ستة" sums to the lead', () => {
    expect(
      tolls([
        'قتل 23 شخصاً بينهم ستة جنود في معارك عنيفة دارت أمس بين الجيش العراقي ومسلحي تنظيم «داعش» في ناحية العلم شمال تكريت، بعد أن شنت القوات الحكومية هجوماً لاستعادة الناحية.',
        'وقال مصدر عسكري إن «قطعات الجيش خاضت اشتباكات استمرت حتى المساء أسفرت عن مقتل 17 مسلحاً من داعش، فيما استشهد ستة من جنودنا وأصيب ثمانية آخرون بجروح».',
      ]),
    ).toEqual([{ killed: 23, wounded: 8 }]);
  });
  it('leaves shares that do not sum to the lead alone', () => {
    expect(
      tolls([
        'قتل 23 شخصاً بينهم ستة جنود في معارك عنيفة دارت أمس بين الجيش العراقي ومسلحي تنظيم «داعش» في ناحية العلم شمال تكريت، بعد أن شنت القوات الحكومية هجوماً لاستعادة الناحية.',
        'وقال مصدر عسكري إن «قطعات الجيش خاضت اشتباكات استمرت حتى المساء أسفرت عن مقتل 17 مسلحاً من داعش، فيما استشهد تسعة من جنودنا وأصيب ثمانية آخرون بجروح».',
      ]),
    ).not.toEqual([{ killed: 23, wounded: 8 }]);
  });
});

describe('dead "فيها" of both sides are the one fight told, not a month’s count (dead-in-fight-of-sides.ts)', () => {
  it('reads the clause in matching form', () => {
    expect(deadInFightOfSides(true, matchView('وقتل فيها تسعة عناصر من الطرفين').text)).toBe(true);
    expect(deadInFightOfSides(true, matchView('وقتل خلالها 40 شخصاً').text)).toBe(false);
    expect(deadInFightOfSides(false, matchView('وقتل فيها تسعة عناصر من الطرفين').text)).toBe(false);
  });
  it('gives the fight of last month its 14 dead', () => {
    expect(
      tolls([
        'تجددت أمس الاثنين الاشتباكات بين فصيلين في ريف إدلب الجنوبي قرب بلدة كفرنبل، دون أنباء عن قتلى.',
        'وكانت اشتباكات مماثلة قد اندلعت الشهر الماضي بين الطرفين في ريف إدلب الجنوبي، وقتل فيها 14 عنصراً من الجانبين، وانتهت باتفاق.',
      ]).map((t) => t.killed),
    ).toContain(14);
  });
});

describe('civilians a source counts after a fight told without them are another event (civilians-beside-fight.ts)', () => {
  it('keeps the shelled civilians apart from the fight', () => {
    expect(
      tolls([
        'قتل 12 شخصاً بينهم ثلاثة جنود في اشتباكات عنيفة دارت أمس الاثنين بين الجيش ومسلحي التنظيم في ناحية العلم شمال تكريت.',
        'في المقابل، قال مصدر طبي في مستشفى تكريت إن ستة مدنيين قتلوا وأصيب عشرة آخرون بقصف مدفعي طال أحياء المدينة أمس.',
      ]),
    ).toEqual([
      { killed: 12, wounded: null },
      { killed: 6, wounded: 10 },
    ]);
  });
});

describe('an attack fought off, told with a night of two days before its object (fight-sides.ts)', () => {
  it('reaches "أحبطت … ليلة السبت على الأحد هجوماً"', () => {
    expect(
      FOUGHT_OFF.test(
        matchView('أحبطت وحدات من الجيش العربي السوري ليلة السبت على الأحد هجوماً واسعاً على البلدة').text,
      ),
    ).toBe(true);
  });
  it('adds the defenders martyred to the attackers killed', () => {
    expect(
      tolls([
        'أحبطت وحدات من الجيش العربي السوري ليلة السبت على الأحد هجوماً واسعاً شنته مجموعات مسلحة على بلدة محردة في ريف حماة، وقضت على أكثر من 20 مسلحاً، فيما ارتقى ثلاثة من عناصر الجيش شهداء خلال التصدي للهجوم.',
      ]).map((t) => t.killed),
    ).toContain(23);
  });
});

describe('a fight not yet placed takes the place of its own sentence’s other side (fight-sides.ts)', () => {
  const fight = (place: string | null) =>
    ({
      killed: 9,
      attackersKilled: null,
      wounded: null,
      sentences: [4],
      targets: ['syrian_army'],
      actors: [],
      deadAreAttackers: false,
      armedDead: false,
      place: place ? { country: 'SY', governorate: { en: place, ar: place } } : null,
      event: { type: 'battles', subType: 'armed_clash' },
      source:
        'وقال ناشطون إن مقاتلي المعارضة قتلوا تسعة عناصر من قوات النظام أمس الأحد خلال صد محاولة لاقتحام المدينة من جهة الغرب،',
    }) as never;
  const clause = {
    casualties: { killed: 3, wounded: null, attackersKilled: null },
    matchText: matchView(
      'بينما قتل ثلاثة من مقاتلي المعارضة في الاشتباكات التي استمرت ساعات عند مدخل اللطامنة.',
    ).text,
    targets: ['syrian_opposition'],
    eventDate: null,
    place: { country: 'SY', governorate: { en: 'Hama', ar: 'حماة' } },
  } as never;
  it('adds "بينما قتل ثلاثة من مقاتلي المعارضة" to a fight of its sentence with no governorate yet', () => {
    expect(deadOfSideOfFight(fight(null), clause, 4)).toBe(true);
  });
  it('not to a fight placed in another governorate, nor one of another sentence', () => {
    expect(deadOfSideOfFight(fight('Idlib'), clause, 4)).toBeFalsy();
    expect(deadOfSideOfFight(fight(null), clause, 5)).toBeFalsy();
  });
});
