// Rules added for both sides' dead of a fight told apart in Arabic (issue 12, probe-s27e … s28d),
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { extracted } from '../support/tolls.js';
import { matchView } from '../../src/intake/reading/view.js';
import { namesBlowOfItsOwn } from '../../src/intake/events/blow-of-its-own.js';
import { withoutSpoilsOfFight } from '../../src/intake/attackers/spoils-of-fight.js';

const tolls = (paragraphs: string[]) =>
  extracted(paragraphs, 'ar', '2020-05-12').map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('both sides counted before one verb of dying in a fight (sides-before-verb.ts)', () => {
  it('reads "13 عنصراً من الحشد و6 من مقاتلي العشائر قتلوا في هذه الاشتباكات" as nineteen', () => {
    expect(
      tolls([
        'واندلعت أمس الأحد اشتباكات عنيفة بين الحشد ومقاتلي العشائر قرب قضاء بيجي في محافظة صلاح الدين، وقال مصدر ميداني إن 13 عنصراً من الحشد و6 من مقاتلي العشائر قتلوا في هذه الاشتباكات.',
      ]),
    ).toEqual([{ killed: 19, wounded: null }]);
  });
  it('keeps the nearer count where a comma sets the first side apart', () => {
    expect(
      tolls([
        'واندلعت أمس الأحد اشتباكات عنيفة بين الحشد ومقاتلي العشائر قرب قضاء بيجي في محافظة صلاح الدين، وقال مصدر ميداني إن 13 عنصراً من الحشد، و6 من مقاتلي العشائر قتلوا في هذه الاشتباكات.',
      ])[0]?.killed,
    ).not.toBe(19);
  });
});

describe('the other side counted by a teller after "في حين" in the same clause (side-while-told.ts)', () => {
  it('adds "في حين أكد الإعلام الرسمي مقتل نحو 20 عنصراً من قوات النظام" to the 14 fighters', () => {
    expect(
      tolls([
        'واندلعت أمس الأحد معارك عنيفة بين قوات النظام وفصائل المعارضة في بلدة اللطامنة بريف حماة الشمالي، وقال ناشطون إن 14 مقاتلاً من المعارضة قتلوا خلال المعارك، في حين أكد الإعلام الرسمي مقتل نحو 20 عنصراً من قوات النظام.',
      ]),
    ).toEqual([{ killed: 34, wounded: null }]);
  });
});

describe('the other side of a fight told after "فيما أكد", no second source (other-side-told-while.ts)', () => {
  it('adds "فيما أكد الثوار مقتل ثمانية عناصر من قوات الأسد وتدمير دبابتين" to the five defenders', () => {
    expect(
      tolls([
        'قتل خمسة من مقاتلي الجيش الحر خلال صد محاولة قوات النظام التقدم نحو بلدة اللطامنة في ريف حماة الشمالي أمس الأحد، فيما أكد الثوار مقتل ثمانية عناصر من قوات الأسد وتدمير دبابتين.',
      ]),
    ).toEqual([{ killed: 13, wounded: null }]);
  });
  it('adds "فيما أكد الثوار مقتل ثمانية عناصر من قوات الأسد" to the five defenders', () => {
    expect(
      tolls([
        'قتل خمسة من مقاتلي الجيش الحر خلال صد محاولة قوات النظام التقدم نحو بلدة اللطامنة في ريف حماة الشمالي أمس الأحد، فيما أكد الثوار مقتل ثمانية عناصر من قوات الأسد.',
      ]),
    ).toEqual([{ killed: 13, wounded: null }]);
  });
  it('still reads a second source counting the same side as its figure, not more dead', () => {
    expect(
      tolls([
        'قتل خمسة من مقاتلي الجيش الحر خلال صد محاولة قوات النظام التقدم نحو بلدة اللطامنة في ريف حماة الشمالي أمس الأحد، فيما أكد ناشطون مقتل سبعة من مقاتلي الجيش الحر.',
      ])[0]?.killed,
    ).not.toBe(12);
  });
});

describe('armour destroyed beside the dead is what the fight won (spoils-of-fight.ts)', () => {
  it('leaves no blow of its own in "مقتل ثمانية عناصر من قوات الأسد وتدمير دبابتين"', () => {
    const text = matchView(
      'فيما أكد الثوار مقتل ثمانية عناصر من قوات الأسد وتدمير دبابتين على طريق البلدة',
    ).text;
    expect(namesBlowOfItsOwn(withoutSpoilsOfFight(text))).toBe(false);
  });
  it('keeps the destruction of houses, a blow of its own', () => {
    const text = matchView('فيما أكد الثوار مقتل ثمانية مدنيين وتدمير منازل في البلدة').text;
    expect(namesBlowOfItsOwn(withoutSpoilsOfFight(text))).toBe(true);
  });
});

describe("one side's share of a toll the fight's first clause summed, told again (share-told-again.ts)", () => {
  it('keeps six where "بمقتل أربعة من عناصرها" retells the four militants of "أربعة مسلحين … واثنان من عناصر الشرطة"', () => {
    expect(
      tolls([
        'قتل أربعة مسلحين من تنظيم "داعش" واثنان من عناصر "الشرطة المحلية"، فجر اليوم الأحد، خلال مداهمة نفذتها قوة من الشرطة لمنزل يتحصن فيه المسلحون في قرية البشير جنوب كركوك.',
        'وقال مصدر أمني إن اشتباكات اندلعت مع عناصر الخلية بعد محاصرة المنزل، واستمرت ساعتين، وانتهت بمقتل أربعة من عناصرها.',
      ]).map((x) => x.killed),
    ).toEqual([6]);
  });
});
