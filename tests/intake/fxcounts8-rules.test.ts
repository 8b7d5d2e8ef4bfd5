// Rules from the fxcounts8 round (issue 12, casualties of matched incidents): the other side's dead
// told after "، في حين" with a verb of dying, and a side told dead "in the same clashes" whatever
// words name it; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"، في حين قتل …" after a fight’s dead: the other side’s dead, the fight’s toll too', () => {
  it('"قتل ٥ عناصر من قوات النظام خلال اشتباكات …، في حين قتل ٣ مقاتلين من الفصائل في الاشتباكات ذاتها"', () => {
    expect(
      ingested(
        'اشتباكات في ريف حماة',
        [
          'قتل ٥ عناصر من قوات النظام خلال اشتباكات عنيفة اندلعت فجر اليوم الأحد مع مقاتلي الفصائل في محيط بلدة كفرنبودة بريف حماة الشمالي، في حين قتل ٣ مقاتلين من الفصائل في الاشتباكات ذاتها.',
        ],
        '2019-05-12',
      ),
    ).toEqual([{ from: '2019-05-12', to: '2019-05-12', governorate: 'Hama', killed: 8, wounded: null }]);
  });
  it('"…، في حين لقي أربعة من عناصر قوات النظام مصرعهم": a side the tables know, summed as after "فيما"', () => {
    expect(
      ingested(
        'معارك في ريف إدلب',
        [
          'دارت اشتباكات عنيفة صباح اليوم بين مقاتلي الفصائل وقوات النظام على أطراف بلدة الهبيط بريف إدلب الجنوبي، ما أدى لمقتل ستة مقاتلين من الفصائل، في حين لقي أربعة من عناصر قوات النظام مصرعهم.',
        ],
        '2019-06-02',
      ),
    ).toEqual([{ from: '2019-06-02', to: '2019-06-02', governorate: 'Idlib', killed: 10, wounded: null }]);
  });
});

describe('"بين X من طرف، وY مدعمة بـ… من طرف آخر": the other side named with its allies, still one clause', () => {
  it('one fight, the dead of each side summed into its toll (no fight drafted apart with no dead)', () => {
    expect(
      ingested(
        'اشتباكات وقصف في ريف دمشق',
        [
          'استشهد 4 مواطنين جراء قصف قوات النظام على مدينة دوما بريف دمشق اليوم الأربعاء.',
          'وفي الغوطة الغربية، دارت اشتباكات عنيفة بين مقاتلي الكتائب من طرف، وقوات النظام مدعمة بقوات الدفاع الوطني ومقاتلين من الميليشيات الموالية لها من طرف آخر، في محيط مدينة داريا، ما أدى لاستشهاد 5 مقاتلين من الكتائب، في حين لقي 3 عناصر من قوات النظام مصرعهم.',
        ],
        '2016-02-10',
      ),
    ).toEqual([
      { from: '2016-02-10', to: '2016-02-10', governorate: 'Rif Dimashq', killed: 4, wounded: null },
      { from: '2016-02-10', to: '2016-02-10', governorate: 'Rif Dimashq', killed: 8, wounded: null },
    ]);
  });
});

describe('"إن فرقه أسعفت 11 جريحاً" after a toll of the dead alone: that blow’s wounded, as rescuers received them', () => {
  it('a new paragraph whose source counts the wounded the rescuers took in fills the lead’s wounded', () => {
    expect(
      ingested(
        'قصف على بلدة في ريف إدلب',
        [
          'قتل أربعة مدنيين بينهم طفلان، مساء أمس الجمعة، جراء قصف مدفعي لقوات النظام على سوق بلدة سرمين بريف إدلب.',
          'وقال مسؤول في الدفاع المدني لمراسلنا إن فرق الإنقاذ أسعفت 9 جرحى إلى المشافي القريبة، مضيفاً أن القذائف سقطت قرب مدرسة.',
        ],
        '2019-03-02',
      ),
    ).toEqual([{ from: '2019-03-01', to: '2019-03-01', governorate: 'Idlib', killed: 4, wounded: 9 }]);
  });
});
