// Rules added for Arabic fights between two forces whose text gives both sides' dead (issue 12), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { tollsWithAttackers } from '../support/tolls.js';

const run = (paragraphs: string[]) => tollsWithAttackers(paragraphs, 'ar', '2019-03-10');

describe("the death noun told again of another side sums both sides' dead", () => {
  it('adds "ومقتل ثلاثة من مقاتلي العشائر" to the dead of the other side before it', () => {
    expect(
      run([
        'قال ضابط في الشرطة إن مقاتلي العشائر هاجموا ليلة السبت على الأحد مخابئ لتنظيم داعش في قرية قرب قضاء هيت، ما أسفر عن مقتل ستة من عناصر التنظيم ومقتل ثلاثة من مقاتلي العشائر وإصابة خمسة آخرين.',
      ]),
    ).toEqual([{ killed: 9, wounded: 5, attackersKilled: null }]);
  });
});

describe('armed men killed in clashes with a force are one side of the fight', () => {
  it('sums "قتلوا باشتباكات مع قوات الجيش" with the soldiers killed after them', () => {
    expect(
      run([
        'أفاد مصدر أمني، الأحد، أن 14 مسلحاً من تنظيم داعش قتلوا باشتباكات مع قوات الجيش في قرية شمالي قضاء هيت استمرت حتى فجر اليوم، مبيناً أن ثلاثة جنود قتلوا وأصيب سبعة آخرون خلال الاشتباكات.',
      ]),
    ).toEqual([{ killed: 17, wounded: 7, attackersKilled: null }]);
  });
});

describe("a side's dead told with its wounded before the fight named back are the fight's other side", () => {
  it('adds "فيما قتل اثنان من المتطوعين وأصيب أربعة آخرون خلال الاشتباكات" to the militants killed', () => {
    expect(
      run([
        'أعلنت قيادة العمليات أن قوات الجيش ومتطوعي الحشد الشعبي شنت فجر أمس السبت هجوماً على مواقع للتنظيم في قرية جنوبي قضاء هيت، ما أسفر عن مقتل 11 مسلحاً من داعش، فيما قتل اثنان من المتطوعين وأصيب أربعة آخرون خلال الاشتباكات.',
      ]),
    ).toEqual([{ killed: 13, wounded: 4, attackersKilled: null }]);
  });
});
