// Rules found on both sides' dead of one fight (issue 12, fixer fxclash31): the other side's count
// told with a hedge of its own after a comma, a force's men who "fell" (سقط), the enemy's bodies told
// after a side's own dead, a clash told by the Arabic verb, and the other side past a long aside. Each
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

describe("'، و\"ما لا يقل عن 20\" عنصراً من …': the other side's count with a quoted hedge", () => {
  it("sums both sides where the hedge is quoted as the teller's words", () => {
    expect(
      draftedTolls(
        [
          'الفصائل تتقدم في ريف حماة',
          'وقال المرصد السوري إن المعارك أسفرت عن مقتل 8 مقاتلين من الفصائل، و"ما لا يقل عن 20" عنصراً من قوات النظام، في محيط بلدة شمال حماة يوم أمس الاثنين.',
        ],
        '2016-09-06',
      ).map(([killed]) => killed),
    ).toEqual([28]);
  });

  it('sums them where the hedged count opens a part of its own after the comma', () => {
    expect(
      draftedTolls(
        [
          'الفصائل تتقدم في ريف حماة',
          'وقال المرصد السوري إن المعارك أسفرت عن مقتل 8 مقاتلين من الفصائل، ونحو 20 عنصراً من قوات النظام، في محيط بلدة شمال حماة يوم أمس الاثنين.',
        ],
        '2016-09-06',
      ).map(([killed]) => killed),
    ).toEqual([28]);
  });
});

describe('"فيما سقط ستة من مقاتلي الكتائب": a force\'s men who fell, the other side of the fight', () => {
  it("reads those who fell as dead and adds them to the enemy's dead of the fight", () => {
    expect(
      draftedTolls(
        [
          'معارك في ريف دير الزور',
          'وقال ناشط إن 17 عنصراً من قوات النظام قتلوا في معارك يوم السبت، فيما سقط ستة من مقاتلي الكتائب.',
        ],
        '2013-03-10',
      ).map(([killed]) => killed),
    ).toEqual([23]);
  });

  it('reads none dead where those who fell are told dead and wounded together', () => {
    expect(
      draftedTolls(
        [
          'معارك في ريف دير الزور',
          'وقال ناشط إن 17 عنصراً من قوات النظام قتلوا في معارك يوم السبت، فيما سقط ستة من مقاتلي الكتائب بين قتيل وجريح.',
        ],
        '2013-03-10',
      ).map(([killed]) => killed),
    ).toEqual([17]);
  });
});

describe('"…, adding that the bodies of 14 militants were left behind": the enemy\'s bodies of the fight', () => {
  it("adds the enemy's bodies the teller adds after a side's own dead of the fighting", () => {
    expect(
      draftedTolls(
        [
          'Troops retake village near Baiji',
          'Three soldiers were killed and eight wounded in the fighting for the village on Thursday, a police major said, adding that the bodies of 14 militants were left behind as the rest fled.',
        ],
        '2015-06-12',
      ).map(([killed]) => killed),
    ).toEqual([17]);
  });
});

describe('"وخاضت اشتباكات …، مبيناً أن القوات عثرت على جثث 12 مسلحاً": bodies found after the fight told', () => {
  it('adds the bodies found to the dead of the clash told just before', () => {
    expect(
      draftedTolls(
        [
          'القوات الأمنية تستعيد قرية في ديالى',
          'أعلنت قيادة عمليات ديالى، أمس الثلاثاء، استعادة قرية شمال بعقوبة بعد عملية عسكرية شاركت فيها قطعات من الجيش العراقي والشرطة الاتحادية، فيما أكدت مقتل أربعة من عناصرها وإصابة تسعة آخرين.',
          'وقال ضابط في القيادة إن "القوات خاضت اشتباكات عنيفة مع المسلحين في البساتين المحيطة بالقرية"، مبيناً أن "القوات عثرت على جثث 12 مسلحاً بعد فرار الباقين".',
        ],
        '2015-06-10',
      ).map(([killed]) => killed),
    ).toEqual([16]);
  });
});

describe('"اشتبكت قوة … مع مسلحين …، ما أسفر عن مقتل …": a clash told by the Arabic verb', () => {
  it("sums both sides' dead of the clash the clause's verb told", () => {
    expect(
      draftedTolls(
        [
          'حصاد أمني في ديالى',
          'اشتبكت قوة من الشرطة مع مسلحين تحصنوا في بستان قرب بعقوبة مساء أمس الأحد، ما أسفر عن مقتل شرطي و4 من المسلحين.',
        ],
        '2009-05-11',
      ).map(([killed]) => killed),
    ).toEqual([5]);
  });

  it("reads the armed men counted after the first side's owner, summed in the clash", () => {
    expect(
      draftedTolls(
        [
          'حصاد أمني في ديالى',
          'اشتبكت قوة من الشرطة مع مسلحين تحصنوا في بستان قرب بعقوبة مساء أمس الأحد، ما أسفر عن مقتل 2 من عناصر الشرطة و4 من المسلحين.',
        ],
        '2009-05-11',
      ).map(([killed]) => killed),
    ).toEqual([6]);
  });

  it('keeps the attackers apart where an attack opens the clause', () => {
    expect(
      draftedTolls(
        [
          'حصاد أمني في ديالى',
          'هاجم مسلحون حاجزاً للشرطة قرب بعقوبة مساء أمس الأحد، ما أسفر عن مقتل 2 من عناصر الشرطة و4 من المسلحين.',
        ],
        '2009-05-11',
      ),
    ).toEqual([[2, null, 4]]);
  });
});

describe('"…، بينهم قيادي يلقب بأبو …، و5 من المقاتلين المحليين": the other side past a long aside', () => {
  it('sums the other side counted by the partitive past an aside naming a leader by his nom de guerre', () => {
    expect(
      draftedTolls(
        [
          'معارك في ريف درعا',
          'وقال ناشطون إن المعارك أسفرت عن مقتل 11 من عناصر الخلية، بينهم قيادي يعرف بلقب "أبو حمزة الشامي الأنصاري"، و5 من المقاتلين المحليين، في بلدة شرق درعا يوم أمس السبت.',
        ],
        '2021-07-04',
      ).map(([killed]) => killed),
    ).toEqual([16]);
  });
});
