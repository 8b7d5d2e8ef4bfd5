// Rules found on both sides' dead of one fight told apart (issue 12, fixer fxclash7): a fight the
// subject of its result in Arabic, the other side's dead after "while" once the fight killed
// militants, "صد هجوم" as an attack fought off, a monitor's tally with the forces counted first, and
// the other side joined by "as well as".
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

describe('"خاضت اشتباكاً … أسفر عن مقتل ثلاثة من الإرهابيين واستشهاد جندي": the fight the subject of its toll', () => {
  it('sums the militants and the soldier the clash killed', () => {
    expect(
      draftedTolls(
        [
          'الجيش يشتبك مع خلية في ديالى',
          'خاضت قوة من الجيش العراقي أمس اشتباكاً مع مجموعة إرهابية في قرى قضاء الخالص، أسفر عن مقتل أربعة من الإرهابيين واستشهاد جندي وإصابة ثلاثة آخرين.',
        ],
        '2024-05-10',
      ),
    ).toEqual([[5, 3, null]]);
  });

  it('sums them when street battles killed them', () => {
    // (the 14 counted first stay told as the militants among the 17, as where both sides are
    // counted by "من": the martyrdom joined after them makes them the fight's other side)
    expect(
      draftedTolls(
        [
          'القوات تقتحم مركز ناحية',
          'وخاضت قطعات الجيش فجر اليوم معارك شوارع مع عناصر داعش وسط ناحية الرشاد، أسفرت عن مقتل 14 إرهابياً واستشهاد ضابط وجنديين.',
        ],
        '2016-05-02',
      ),
    ).toEqual([[17, null, 14]]);
  });

  it('sums each side once where both are counted by "من"', () => {
    expect(
      draftedTolls(
        [
          'قسد تسيطر على بلدة في ريف دير الزور',
          'وقالت قسد في بيان إن قواتها خاضت أمس الأحد اشتباكات عنيفة مع مجموعات مسلحة في بلدة الشحيل، أسفرت عن مقتل 5 من المسلحين واستشهاد ثلاثة من مقاتليها.',
        ],
        '2023-09-11',
      ).map(([killed]) => killed),
    ).toEqual([8]);
  });

  it('keeps the attackers apart where the clashes followed an attack told as such', () => {
    expect(
      draftedTolls(
        [
          'هجوم على نقطة للجيش في ديالى',
          'هاجم مسلحون من داعش، مساء أمس، نقطة للجيش في قرى قضاء الخالص، ودارت اشتباكات أسفرت عن مقتل جنديين وثلاثة من المهاجمين.',
        ],
        '2024-05-14',
      ),
    ).toEqual([[2, null, 3]]);
  });
});

describe('"clashed with IS, killing three militants, while two soldiers were killed": the other side after "while"', () => {
  it('sums the soldiers with the militants the clash killed, in one incident', () => {
    expect(
      draftedTolls(
        [
          'Army clashes with IS in Diyala',
          'Iraqi soldiers backed by army helicopters clashed with IS militants in the rugged area of Hamrin in Diyala province on Monday, killing three militants, while a soldier was killed and one other was wounded, a Diyala provincial security source said.',
        ],
        '2024-05-10',
      ),
    ).toEqual([[4, 1, null]]);
  });
});

describe('"أعلن صد هجوم … فيما استشهد اثنان من أبناء العشائر": an attack fought off, both sides its toll', () => {
  it('adds the tribesmen to the attackers the clashes killed', () => {
    expect(
      draftedTolls(
        [
          'العشائر تصد هجوماً على ناحية في الأنبار',
          'أعلن مجلس ناحية البغدادي، اليوم الثلاثاء، صد هجوم شنه تنظيم داعش على الناحية فجر اليوم، مؤكداً مقتل 12 من عناصر التنظيم.',
          'وقال مدير الناحية إن "الاشتباكات أسفرت عن مقتل 12 إرهابياً، فيما استشهد اثنان من أبناء العشائر وأصيب أربعة آخرون بجروح".',
        ],
        '2024-05-14',
      ).map(([killed, wounded]) => [killed, wounded]),
    ).toEqual([[14, 4]]);
  });
});

describe('"9 soldiers and allied militiamen and four rebels were killed": a tally with the forces first', () => {
  it('sums both sides of the fight', () => {
    expect(
      draftedTolls(
        [
          'Troops and rebels battle in Daraa town',
          'Syrian troops and rebels fought heavy battles in the town of Busra al-Harir in Daraa province late Tuesday, activists said.',
          'The Observatory said 9 soldiers and allied militiamen and four rebels were killed in the fighting, which lasted until dawn on Wednesday.',
        ],
        '2019-06-06',
      ),
    ).toEqual([[13, null, null]]);
  });
});

describe('"The fighting killed nine militants from …, as well as two soldiers and one tribal fighter": joined by "as well as"', () => {
  it('sums both sides, one incident with the lead that told the toll', () => {
    expect(
      draftedTolls(
        [
          'Troops battle militants near Tikrit',
          'Iraqi soldiers and allied tribal fighters battled militants for control of villages east of Tikrit on Sunday, leaving at least 12 people dead, officials said.',
          'The fighting in the villages of al-Bu Ajil and al-Alam killed nine militants from the Islamic State of Iraq and the Levant, as well as two soldiers and one tribal fighter, said a provincial council member. At least seven others were wounded, he said.',
        ],
        '2015-03-09',
      ).map(([killed, wounded]) => [killed, wounded]),
    ).toEqual([[12, 7]]);
  });
});
