// Rules found on one toll told twice (issue 12, fixer fxsources): two sources, a revision, the
// wounded who died — a paragraph the copy holds twice, a province's office that gave its count,
// another side's account announced, an earlier report told to an outlet, another source's higher
// count of the dead, a place held "since"; each on sentences written for it.
import { beforeAll, describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { ownKinStartsAt } from '../../src/intake/casualties/own-kin-after-name.js';
import { pastMembersFrom } from '../../src/intake/casualties/members-from.js';
import { matchView } from '../../src/intake/reading/view.js';
import { tokenize } from '../../src/intake/reading/tokens.js';

// (the gazetteer and the pipeline load once, in a hook, not inside the first test's time)
beforeAll(() => {
  tolls(['قتل شخص في بغداد.'], 'ar', '2020-01-01');
}, 120_000);

describe('a paragraph the copy holds twice tells its event once', () => {
  it('the first toll kept word for word under its update is no second event', () => {
    const lead =
      'وثق المرصد السوري لحقوق الإنسان مقتل 4 عناصر من قوات النظام، جراء انفجار عبوة ناسفة بسيارة عسكرية صباح اليوم الأحد على طريق دير الزور – الميادين.';
    expect(
      tolls(
        [lead, 'تحديث – ارتفع إلى 7 عدد العناصر الذين قتلوا في الانفجار، إضافة لإصابة 3 آخرين بجراح.', lead],
        'ar',
        '2020-03-08',
      ),
    ).toEqual([{ killed: 7, wounded: 3 }]);
  });
});

describe("a province's office that gives its count tells no place of the event", () => {
  it('"Anbar\'s health directorate gave a lower figure": the shooting in Ramadi, in its figures', () => {
    expect(
      tolls(
        [
          'Gunmen opened fire on a wedding party in the city of Ramadi on Thursday, killing six people, police said.',
          "Anbar's health directorate gave a lower figure of five dead and said 22 people were wounded, two of them critically.",
        ],
        'en',
        '2018-05-04',
      ),
    ).toEqual([{ killed: 6, wounded: 22 }]);
  });
});

describe("another side's account, announced, of a fight told without civilians", () => {
  it('civilians it counts shelled after a fight told without them are another event (civilians-beside-fight.ts)', () => {
    expect(
      tolls(
        [
          'Fighting erupted on Sunday night between army troops and tribal gunmen in the town of Hajin, leaving three soldiers dead and five wounded, the army said.',
          'The tribal council, which speaks for the clans of the area, gave a different account.',
          'It said troops had shelled homes in the village of Sousah with mortars, and that four civilians were killed.',
        ],
        'en',
        '2019-08-12',
      ),
    ).toEqual([
      { killed: 3, wounded: 5 },
      { killed: 4, wounded: null },
    ]);
  });
});

describe('an earlier report a source had given an outlet', () => {
  it('"وكان المصدر قد أبلغ الوكالة في وقت سابق بمقتل …": the count before the rise, no event of its own', () => {
    expect(
      tolls(
        [
          'أفاد مصدر في قيادة عمليات صلاح الدين، يوم الخميس، بارتفاع حصيلة الاشتباكات بين قوات الجيش ومسلحين في ناحية الزاب إلى مقتل ثلاثة جنود وإصابة أربعة آخرين.',
          'وكان المصدر نفسه قد أبلغ الوكالة في وقت سابق من اليوم بمقتل جنديين وإصابة اثنين.',
        ],
        'ar',
        '2021-09-16',
      ),
    ).toEqual([{ killed: 3, wounded: 4 }]);
  });
});

describe("another source's higher count of the dead, by wounded who died", () => {
  it('"put the death toll at six, saying two of the wounded had died": the first count of wounded stands', () => {
    expect(
      tolls(
        [
          'A roadside bomb struck a minibus near the town of Tuz Khurmatu on Saturday, killing four passengers and wounding nine, police said.',
          'A doctor at the town hospital put the death toll at six, saying two of the wounded had died overnight.',
        ],
        'en',
        '2017-10-22',
      ),
    ).toEqual([{ killed: 6, wounded: 9 }]);
  });
  it('a toll told rising by the wounded who died still takes them off the wounded', () => {
    expect(
      tolls(
        [
          'A roadside bomb struck a minibus near the town of Tuz Khurmatu on Saturday, killing four passengers and wounding nine, police said.',
          'The death toll rose to six on Sunday after two of the wounded died overnight.',
        ],
        'en',
        '2017-10-22',
      ),
    ).toEqual([{ killed: 6, wounded: 7 }]);
  });
});

describe('a place told with who has held it since when', () => {
  it('"الخاضعة لسيطرة … منذ عام 2014": no span the toll sums, the wounded stay', () => {
    expect(
      tolls(
        [
          'قتل ستة مدنيين، وأصيب ثمانية آخرون، فجر اليوم، بقصف مدفعي على حي الشيخ نجار في مدينة الرقة الخاضعة لسيطرة التنظيم منذ عام 2014.',
        ],
        'ar',
        '2016-07-20',
      ),
    ).toEqual([{ killed: 6, wounded: 8 }]);
  });
});

describe('a toll risen, with what the event hit told on the way to "إلى"', () => {
  it('"ارتفعت حصيلة القصف الذي استهدف، مساء أمس، حافلة … إلى أربعة قتلى": the risen figure, not the first one', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة القصف الذي استهدف، مساء أمس الثلاثاء، حافلة للركاب على الطريق بين بلدتي معرة مصرين وسرمدا إلى أربعة قتلى، بعد أن كانت المعلومات الأولية تشير إلى مقتل شخصين.',
        ],
        'ar',
        '2021-12-08',
      ),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});

describe('the event named again by "the violence", with a night that holds its day', () => {
  it('"late on Sunday", then "The violence erupted at X … overnight": one event', () => {
    expect(
      tolls(
        [
          'Security forces opened fire on protesters near a bridge in central Baghdad late on Sunday, killing three people and wounding 40, medics said.',
          'The violence erupted at Tahrir Square when police tried to clear tents that protesters had pitched overnight, witnesses said.',
        ],
        'en',
        '2019-11-25',
      ),
    ).toEqual([{ killed: 3, wounded: 40 }]);
  });
});

describe("a source's wounded at a town, after a toll told at a side of a city", () => {
  it('"west of Daraa", then "SANA said … aimed at the town of Tafas … four soldiers were wounded": one event', () => {
    expect(
      tolls(
        [
          'Israeli helicopters fired missiles at army positions west of Daraa late on Tuesday, killing two soldiers, a war monitor said.',
          'State news agency SANA said most of the missiles aimed at the town of Tafas were shot down and that four soldiers were wounded.',
        ],
        'en',
        '2020-03-11',
      ),
    ).toEqual([{ killed: 2, wounded: 4 }]);
  });
});

describe('the last of a series, told with its own day and toll', () => {
  it('"…لسلسلة هجمات مماثلة، كان آخرها الأسبوع الماضي حين قتل عنصران": one event of its own, no total', () => {
    expect(
      tolls(
        [
          'قتل ثلاثة عناصر من الشرطة، صباح اليوم الأربعاء، بهجوم مسلح على حاجز قرب مدينة الصنمين في ريف درعا الشمالي.',
          'وتعرضت حواجز المنطقة خلال الأشهر الماضية لسلسلة هجمات مماثلة، كان آخرها الأسبوع الماضي حين قتل عنصران بإطلاق نار على حاجز عند مدخل بلدة جاسم.',
        ],
        'ar',
        '2023-05-10',
      ),
    ).toEqual([
      { killed: 3, wounded: null },
      { killed: 2, wounded: null },
    ]);
  });
});

describe('a source naming the event by its town, after an event told between', () => {
  it('"said the Mayadin strikes had killed 14": the strikes told south of the city, in its figures', () => {
    expect(
      tolls(
        [
          'Air strikes hit militia positions south of Deir ez-Zor city overnight, killing nine fighters, a local network said.',
          'Separately, a drone strike on a car near the town of Masyaf in Hama province wounded two people on Tuesday.',
          'A war monitor said the Mayadin strikes had killed 14 fighters, most of them Iraqis.',
        ],
        'en',
        '2021-01-14',
      ),
    ).toEqual([
      { killed: 9, wounded: null },
      { killed: null, wounded: 2 },
    ]);
  });
});

// Rules of the second fxsources round (issue 12): who the dead were counted by, whose men they were.
const casualtiesOf = (text: string, lang: 'ar' | 'en') => {
  const { killed, wounded } = findCasualties(matchView(text), lang);
  return { killed, wounded };
};

describe('"a drug smuggler, his wife and …": his kin end the words naming him (own-kin-after-name.ts)', () => {
  it('finds a possessive and a kin noun, a number or a describing word between', () => {
    const at = (text: string, word: string) => {
      const tokens = tokenize(text);
      return ownKinStartsAt(
        tokens,
        tokens.findIndex((t) => t.word === word),
      );
    };
    expect(at('a money changer her husband', 'her')).toBe(true);
    expect(at('a cattle dealer their three sons', 'their')).toBe(true);
    expect(at('a cousin of his wife', 'his')).toBe(false);
    expect(at('a dealer his car', 'his')).toBe(false);
  });

  it('counts the one named by unknown words and each of his kin', () => {
    expect(
      casualtiesOf(
        'A drone strike killed a cattle dealer, his wife and their four daughters near the river.',
        'en',
      ),
    ).toEqual({ killed: 6, wounded: null });
    expect(casualtiesOf('Gunmen shot dead a money changer, her husband and two others.', 'en')).toEqual({
      killed: 4,
      wounded: null,
    });
  });
});

describe('"Three fighters from a Sunni tribal force were killed": whose men, told by "from" (members-from.ts)', () => {
  it('passes over the force named after "from" up to the verb', () => {
    const be = (w: string) => w === 'were' || w === 'was';
    expect(pastMembersFrom(['from', 'a', 'local', 'tribal', 'militia', 'were'], be)).toEqual(['were']);
    expect(pastMembersFrom(['of', 'a', 'local', 'tribal', 'militia', 'were'], be)).toBeNull();
    expect(pastMembersFrom(['from', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'were'], be)).toBeNull();
  });

  it('counts the subject before a long "from" phrase', () => {
    expect(
      casualtiesOf(
        'Four guards from a local Kurdish security unit were killed and three wounded in the raid.',
        'en',
      ),
    ).toEqual({ killed: 4, wounded: 3 });
  });

  it('leaves a later count of a list, joined by "and", to the whole list', () => {
    expect(
      casualtiesOf(
        "The monitor said 21 fighters from the rebel coalition and 8 from the Kurdish People's Protection Units were killed.",
        'en',
      ).killed,
    ).not.toBe(8);
  });
});

describe('"مجزرة راح ضحيتها 20 مدنياً": the ones who fell victim are the dead (fell-victim.ts)', () => {
  it('counts the dead after "راح ضحيتها", a range too', () => {
    expect(casualtiesOf('ارتكب المسلحون مجزرة في القرية راح ضحيتها 12 مزارعاً.', 'ar')).toEqual({
      killed: 12,
      wounded: null,
    });
    expect(casualtiesOf('وقع تفجير في السوق ذهب ضحيته ما بين 8 و10 أشخاص.', 'ar')).toEqual({
      killed: { low: 8, high: 10 },
      wounded: null,
    });
  });
});

describe('"قضوا في هجوم إرهابي": the adjective of the attack, no terrorist dead (terror-adjective.ts)', () => {
  it('counts no one for "إرهابي" after an attack or a blast', () => {
    expect(casualtiesOf('وذكرت الصفحة أنهم لقوا حتفهم في اعتداء إرهابي قرب الجسر.', 'ar').killed).toBeNull();
    expect(casualtiesOf('وقالت الوزارة إنهم قتلوا في عمل إرهابي جبان.', 'ar').killed).toBeNull();
  });

  it('still counts a terrorist killed, and the dead told before the attack', () => {
    expect(casualtiesOf('قتل إرهابي خلال الاشتباك مع دورية للشرطة.', 'ar').killed).toBe(1);
    expect(casualtiesOf('قتل خمسة عمال في تفجير إرهابي.', 'ar').killed).toBe(5);
  });
});
