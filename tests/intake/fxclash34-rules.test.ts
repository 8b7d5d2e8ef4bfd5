// Rules found on both sides' dead of one fight (issue 12, fixer fxclash34): fights told by their
// advance or assault, each side's dead told in its own words.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents, draftedTolls } from '../support/tolls.js';

describe('"اشتباكات اندلعت … خلال عملية دهم،" then "واستمرت ساعتين، أسفرت عن مقتل": the fight goes on in the next clause', () => {
  it("sums both sides' dead of the fight its sentence opened with", () => {
    expect(
      draftedTolls(
        [
          'اشتباكات قرب بعقوبة',
          'وقال مصدر في الشرطة إن اشتباكات عنيفة اندلعت مساء أمس السبت بين قوة من شرطة قضاء الخالص ومسلحين تحصنوا في منزل مهجور بقرية قرب بعقوبة، خلال عملية تفتيش نفذتها الشرطة بحثاً عن مطلوبين، واستمرت قرابة ساعتين، أسفرت عن مقتل اثنين من عناصر الشرطة وأربعة من المسلحين.',
        ],
        '2009-04-12',
      ).map(([killed]) => killed),
    ).toEqual([6]);
  });
});

describe('"…أسفرت عن استشهاد ثلاثة جنود، فيما قتل أكثر من خمسة عشر مسلحاً": armed men counted by their noun', () => {
  it("adds the armed men's dead, told with no partitive, to the fight's toll", () => {
    expect(
      draftedTolls(
        [
          'اشتباكات في ريف حماة',
          'اندلعت فجر اليوم الأحد اشتباكات عنيفة بين الجيش السوري من جهة، ومسلحي الفصائل من جهة ثانية، في محيط بلدة كرناز بريف حماة الشمالي، إثر محاولة المسلحين التقدم نحو نقاط الجيش.',
          'وقال مصدر ميداني إن الاشتباكات استمرت ساعات، وأسفرت عن استشهاد ثلاثة جنود وإصابة أربعة آخرين، فيما قتل أكثر من خمسة عشر مسلحاً.',
        ],
        '2016-05-08',
      ),
    ).toEqual([[18, 4, null]]);
  });
});

describe('"أسفرت عن استشهاد جنديين في حصيلة أولية، قبل أن يرتفع العدد مساءً إلى أربعة"', () => {
  it('reads the number risen to, the time of the rise told between', () => {
    expect(
      draftedTolls(
        [
          'اشتباكات في ريف دمشق',
          'وقال مصدر عسكري إن الاشتباكات التي خاضها الجيش مع المسلحين في بلدة عين ترما بريف دمشق أمس الاثنين أسفرت عن استشهاد جنديين في حصيلة أولية، قبل أن يرتفع العدد مساءً إلى أربعة شهداء.',
        ],
        '2016-03-08',
      ).map(([killed]) => killed),
    ).toEqual([4]);
  });
});

describe('"At least 30 IS jihadists and nine SDF fighters were killed": the other side told as a force\'s fighters', () => {
  it('sums the armed men and the fighters of the force they fought', () => {
    expect(
      draftedTolls(
        [
          'Clashes near Shaddadi',
          'At least 30 IS jihadists and nine SDF fighters were killed in clashes near the town of Shaddadi in Hasakeh province on Sunday, the Syrian Observatory for Human Rights said.',
        ],
        '2016-02-22',
      ).map(([killed]) => killed),
    ).toEqual([39]);
  });
});

describe('"أكثر من 40 مسلحاً من "جبهة النصرة" و"الحزب التركستاني" قتلوا": two quoted groups joined', () => {
  it('reads the count before the verb past the second quoted group', () => {
    expect(
      draftedTolls(
        [
          'الجيش يسيطر على قرى في ريف حلب',
          'سيطر الجيش السوري ووحدات الدفاع الوطني، أمس الخميس، على بلدة حندرات في ريف حلب الشمالي، في عملية عسكرية.',
          'وقال مصدر عسكري إن أكثر من 40 مسلحاً من "جبهة النصرة" و"الحزب التركستاني" قتلوا في المعارك.',
        ],
        '2015-03-06',
      ).map(([killed, , attackers]) => killed ?? attackers),
    ).toEqual([40]);
  });
});

describe('"لقي خمسة من عناصر قوات النظام مصرعهم، كما قتل ستة مقاتلين…، خلال اشتباكات دارت ليلة السبت"', () => {
  it('sums the dead of both sides into the fight told after them, with its day', () => {
    const drafted = draftedIncidents(
      [
        'حصيلة اشتباكات الزبداني',
        'لقي خمسة من عناصر قوات النظام مصرعهم، كما قتل ستة مقاتلين من الكتائب المقاتلة، خلال اشتباكات عنيفة دارت ليلة السبت على الأحد في محيط مدينة الزبداني بريف دمشق.',
      ].join('\n\n'),
      '2014-02-10',
    );
    expect(drafted.map((x) => [x.date.from, x.killed])).toEqual([['2014-02-08', 11]]);
  });
});

describe('"قتل ثلاثة من عناصر قوات النظام في هجوم لخلايا داعش…، كما قتل اثنان من عناصر التنظيم خلال الاشتباكات"', () => {
  it("keeps the attackers' dead apart where the first clause told an attack", () => {
    expect(
      draftedTolls(
        [
          'هجوم في البادية',
          'قتل ثلاثة من عناصر قوات النظام في هجوم لخلايا تنظيم داعش على حاجز عسكري في بادية تدمر شرقي حمص، كما قتل اثنان من عناصر التنظيم خلال الاشتباكات.',
        ],
        '2021-05-10',
      ),
    ).toEqual([[3, null, 2]]);
  });
});
