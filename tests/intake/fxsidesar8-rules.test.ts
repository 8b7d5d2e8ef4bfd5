// Casualty rules added on Arabic copy counting both sides of a fight (issue 12, fixer fxsidesar8),
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents as incidentsOf, tolls } from '../support/tolls.js';

const ar = (paragraphs: string[]) => tolls(paragraphs, 'ar', '2016-03-09');
const incidents = (paragraphs: string[]) => incidentsOf(paragraphs, 'ar', '2016-03-09');

describe('more wounded added on by "إضافة" with its "ل" glued to the noun', () => {
  it('adds "إضافة لإصابة امرأة" to the wounded counted before', () => {
    expect(
      ar([
        'أسفرت اشتباكات بين فصيلين في قرية قرب مدينة الباب مساء أمس الثلاثاء عن مقتل مقاتل وإصابة ثلاثة عناصر آخرين، إضافة لإصابة امرأة بطلق ناري داخل منزلها.',
      ]),
    ).toEqual([{ killed: 1, wounded: 4 }]);
  });
});

describe('both sides of a fight told at length before the verb of its result, across a comma', () => {
  it('sums "مقتل ٤ من الشرطة و٦ من المسلحين" though an attack is told later as why the force went out', () => {
    expect(
      ar([
        'اشتباكات بين قوة من الشرطة ومسلحين في قرية تابعة لقضاء الخالص منذ صباح أمس الثلاثاء، أسفرت عن مقتل ٤ من الشرطة و٦ من المسلحين، بحسب مصدر قال إن القوة كانت تطارد المسلحين بعد هجوم على دورية.',
      ]),
    ).toEqual([{ killed: 10, wounded: null }]);
  });
  it('reads "٤ شرطيين" as four policemen, not a dual, before the other side joined', () => {
    expect(
      ar([
        'اشتباكات بين قوة من الشرطة ومسلحين في قرية تابعة لقضاء الخالص منذ صباح أمس الثلاثاء، أسفرت عن مقتل ٤ شرطيين و٦ مسلحين.',
      ]),
    ).toEqual([{ killed: 10, wounded: null }]);
  });
});

describe("a side's own dead told again by its commander, with its wounded told only now", () => {
  it("keeps the fight at both sides' dead and takes the wounded", () => {
    expect(
      ar([
        'أعلنت قيادة قوات الحشد العشائري في قضاء حديثة، اليوم الأربعاء، صد هجوم لتنظيم "داعش" على مواقعها غرب القضاء، مؤكدة مقتل 17 عنصراً من التنظيم، فيما قتل اثنان من عناصرها خلال الاشتباكات.',
        'وقال آمر الفوج إن "عناصر التنظيم شنوا فجر اليوم هجوماً من محورين، واستمرت المعركة أربع ساعات"، مبيناً أن "مقاتلينا تمكنوا من قتل 17 إرهابياً، فيما استشهد اثنان من مقاتلينا وجرح خمسة آخرون".',
      ]),
    ).toEqual([{ killed: 19, wounded: 5 }]);
  });
});

describe('the first of something since an onset is no span the toll is summed over', () => {
  it('keeps the blast told beside "أول صلاة … منذ سيطرة التنظيم" an event of its own day', () => {
    expect(
      incidents([
        'قتل جنديان وأصيب ثالث بانفجار عبوة ناسفة على طريق قرب بلدة تلكيف، مساء أمس الثلاثاء، بعد يوم من إقامة أول صلاة جماعية في كنيسة البلدة منذ سيطرة تنظيم داعش عليها عام 2014.',
      ]),
    ).toEqual([{ from: '2016-03-08', to: '2016-03-08', governorate: 'Nineveh', killed: 2, wounded: 1 }]);
  });
});
