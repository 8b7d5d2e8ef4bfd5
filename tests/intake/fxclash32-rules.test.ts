// Rules found on both sides' dead of one fight (issue 12, fixer fxclash32): a claim set against the
// fight's toll and denied after it, the other side's dead told by a verb of their own, and a side's
// dead told as the teller goes on ("مضيفاً أن").
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

describe('"…قتلوا في المعارك، فيما زعمت وسائل إعلام النظام مقتل 50، وهو ما نفاه…": only the claim is denied', () => {
  it("keeps the fight's toll told before the denied claim", () => {
    expect(
      draftedTolls(
        [
          'معارك في ريف إدلب',
          'وقال المرصد السوري لحقوق الإنسان إن 12 عنصراً من قوات النظام وسبعة من مقاتلي الفصائل قُتلوا في المعارك حول بلدة حيش منذ صباح يوم الأحد، فيما زعمت وسائل إعلام النظام مقتل أكثر من 50 "إرهابياً"، وهو ما نفاه الناطق باسم الفصائل.',
        ],
        '2020-02-26',
      ),
    ).toEqual([[19, null, null]]);
  });

  it('reads the English "while state media claimed …, which the rebels denied" the same way', () => {
    expect(
      draftedTolls(
        [
          'Clashes',
          'Fighting near Saraqeb killed 12 soldiers and seven rebels on Monday, the Observatory said, while state media claimed more than 50 terrorists were killed, which the rebels denied.',
        ],
        '2020-02-26',
      ),
    ).toEqual([[19, null, null]]);
  });
});

describe('"three fighters were killed and seven wounded, and about 20 militants died in the fighting"', () => {
  it("sums the other side's dead told by a verb of their own", () => {
    expect(
      draftedTolls(
        [
          'Kurds fight militants',
          'Kurdish fighters battled militants late on Monday near the town of Makhmour. Three Kurdish fighters were killed and seven wounded, and about 20 militants died in the fighting, a commander told Reuters.',
        ],
        '2014-08-12',
      ),
    ).toEqual([[23, 7, null]]);
  });
});

describe('"قتلت سبعة منهم، مضيفاً أن ثلاثة من مقاتليها قتلوا خلال المعارك": the other side told as the teller goes on', () => {
  it('sums both counts', () => {
    expect(
      draftedTolls(
        [
          'معارك',
          'قال المتحدث إن قوات الحشد قتلت سبعة من عناصر داعش قرب ناحية السعدية أمس، مضيفا أن ثلاثة من مقاتلي الحشد قتلوا وأصيب خمسة آخرون خلال المعارك.',
        ],
        '2014-09-25',
      ),
    ).toEqual([[10, 5, null]]);
  });

  it('reads the second count after "أن", not back past it to the first one\'s "بينهم"', () => {
    expect(
      draftedTolls(
        [
          'معارك',
          'قال المتحدث إن "قوات الحشد شنت هجوما على القرى قرب ناحية السعدية، وتمكنت من قتل سبعة منهم بينهم قيادي، مضيفا أن ثلاثة من أبطال الحشد ارتقوا شهداء وأصيب خمسة آخرون خلال المعارك.',
        ],
        '2014-09-25',
      ),
    ).toEqual([[10, 5, null]]);
  });

  it('keeps the attackers of an attack the side fought off apart ("خلال صد الهجوم")', () => {
    expect(
      draftedTolls(
        [
          'معارك',
          'وقالت القيادة في بيان إن مقاتليها قتلوا 20 من المهاجمين خلال صدّ الهجوم على قرية قرب عين عيسى أمس، مشيرة إلى أن اثنين من مقاتلي الوحدات قتلوا في الاشتباكات.',
        ],
        '2014-10-08',
      ),
    ).toEqual([[2, null, 20]]);
  });
});
