// Rules found on both sides' dead of one fight told apart (issue 12, fixer fxclash8): the other
// side's count told by a number word glued to its "و", an attack fought off told after a blow from
// afar as another event, and the other side's dead told "killed in the clashes" a sentence on.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

describe('"قتل عنصران من قوى الأمن وثلاثة مقاتلين من الحرس": the other side counted by a number word', () => {
  it('sums both sides where the second count is a number word glued to its "و"', () => {
    expect(
      draftedTolls(
        [
          'قتلى باشتباكات في ريف دير الزور',
          'قُتل ثلاثة من عناصر الشرطة المحلية وأربعة مقاتلين من أبناء العشائر، وأصيب ستة آخرون من الطرفين، في اشتباكات اندلعت مساء أمس الأحد في بلدة الشحيل بريف دير الزور الشرقي.',
        ],
        '2024-03-11',
      ),
    ).toEqual([[7, 6, null]]);
  });

  it('sums them where the second side is counted by "من" alone', () => {
    expect(
      draftedTolls(
        [
          'قتلى باشتباكات في ريف درعا',
          'قُتل عنصران من قوات الأمن العام وخمسة من مسلحي المجموعة المحلية في اشتباكات دارت صباح اليوم في بلدة طفس بريف درعا الغربي.',
        ],
        '2025-02-03',
      ).map(([killed]) => killed),
    ).toEqual([7]);
  });
});

describe('"قسد تصدت لهجوم واسع" after shelling: the attack fought off is another event', () => {
  it("drafts the shelling and the fight apart, the fight with both sides' dead", () => {
    expect(
      draftedTolls(
        [
          'قتلى بقصف تركي على كري سبي',
          'استشهد 5 مدنيين، بينهم امرأة، اليوم، جراء قصف مدفعي لجيش الاحتلال التركي استهدف حياً في مدينة كري سبي.',
          'وفي السياق، أعلنت قوات سوريا الديمقراطية أن مقاتليها تصدوا منذ فجر اليوم لهجوم واسع شنه مرتزقة الاحتلال على قرية شرقي كري سبي، بإسناد جوي تركي، وأسفرت الاشتباكات عن مقتل 17 مرتزقاً، فيما استشهد 3 من مقاتلي قسد.',
        ],
        '2019-10-14',
      ).map(([killed]) => killed),
    ).toEqual([5, 20]);
  });

  it('keeps an attack repelled named back by "the" to the event told', () => {
    expect(
      draftedTolls(
        [
          'Shelling on a town in Hasakah',
          'Turkish artillery shelled the town of Tal Tamr on Saturday, killing four civilians.',
          'The SDF said its fighters repelled the attack on the town.',
        ],
        '2019-11-02',
      ).map(([killed]) => killed),
    ).toEqual([4]);
  });
});

describe('"أحد عشر عنصراً من داعش قتلوا في الاشتباكات": the other side\'s dead of a fight, a sentence on', () => {
  it("adds the enemy dead to the defenders' toll of an attack fought off, the bombers kept apart", () => {
    expect(
      draftedTolls(
        [
          'إحباط هجوم على ناحية البغدادي',
          'أحبطت القوات الأمنية ومقاتلو العشائر، فجر اليوم الأحد، هجوماً لعناصر تنظيم داعش على ناحية البغدادي غربي الأنبار، تبعته اشتباكات عنيفة أسفرت عن استشهاد ثلاثة من مقاتلي العشائر وإصابة خمسة آخرين.',
          'وقال قائد الشرطة المحلية إن "تسعة عناصر من داعش قتلوا في الاشتباكات إضافة إلى الانتحاريين الأربعة".',
        ],
        '2015-03-08',
      ),
    ).toEqual([[12, 5, 4]]);
  });

  it('adds militants killed "in the fighting" to the soldiers a clash killed', () => {
    expect(
      draftedTolls(
        [
          'Clashes near Haditha',
          'Four soldiers were killed and six wounded on Sunday in clashes with Islamic State militants west of Haditha, an army officer said.',
          'Nine militants were killed in the fighting, he added.',
        ],
        '2016-04-11',
      ),
    ).toEqual([[13, 6, null]]);
  });

  it('keeps the attackers apart where the event was told as an attack', () => {
    expect(
      draftedTolls(
        [
          'Attack on an army post near Haditha',
          'Islamic State militants attacked an army post west of Haditha on Sunday, killing four soldiers, an army officer said.',
          'Nine militants were killed in the fighting, he added.',
        ],
        '2016-04-11',
      ),
    ).toEqual([[4, null, 9]]);
  });
});
