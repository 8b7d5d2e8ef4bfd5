// Both sides' dead of one fight told side by side in Arabic (issue 12, probe-s30e–h, s31a–d), each
// rule on invented sentences.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { extracted } from '../support/tolls.js';

const casualties = (text: string) => findCasualties(matchView(text), 'ar');
const killed = (paragraphs: string[], published: string) =>
  extracted(paragraphs, 'ar', published).map((x) => x.killed);

describe('the body the first side served in told by "في" still joins the second side\'s count (served-in.ts)', () => {
  it.each([
    [
      'اشتبكت دورية من الشرطة مع مهربين قرب الحدود، ما أسفر عن مقتل منتسب في الجيش وثلاثة من أفراد العصابة',
      4,
    ],
    ['اشتبكت قوة أمنية مع مسلحين في القرية، ما أدى إلى مقتل عنصرين في الشرطة وخمسة من المسلحين', 7],
  ])('reads "%s"', (text, n) => {
    expect(casualties(text).killed).toBe(n);
  });
  it('not a place the first ones fell in', () => {
    expect(casualties('قتل جندي في البلدة وثلاثة من المسلحين في قرية أخرى').killed).not.toBe(4);
  });
});

describe('martyrdom joined after a first count in a clause of a fight is its other side (martyred-after-count.ts)', () => {
  it.each([
    ['أعلنت الشرطة مقتل ستة مسلحين واستشهاد شرطيين في اشتباكات قرب القرية', 8],
    ['وأسفرت المواجهات عن مقتل أربعة منهم واستشهاد ثلاثة جنود', 7],
  ])('reads "%s"', (text, n) => {
    expect(casualties(text).killed).toBe(n);
  });
  it('not in a blow with no fight named', () => {
    expect(casualties('أسفر التفجير عن مقتل ثلاثة مدنيين واستشهاد شرطي').killed).not.toBe(4);
  });
});

describe('dead told fallen "خلال الاشتباكات" after an operation against an armed group are its other side (operation-clashed.ts)', () => {
  it('sums both sides', () => {
    expect(
      killed(
        [
          'أعلن مصدر أمني، الخميس، أن قوة من الجيش العراقي قتلت ستة من مسلحي تنظيم "داعش" في عملية عسكرية نفذتها فجر اليوم قرب قضاء بلد، فيما قتل ثلاثة من الحشد الشعبي وأصيب أربعة من الجيش خلال الاشتباكات.',
        ],
        '2015-03-12',
      ),
    ).toEqual([9]);
  });
});

describe("a second body named in the construct joined to the partitive's still counts with it (joined-body.ts)", () => {
  it.each([
    ['وقال ناشطون إن ما لا يقل عن 15 عنصراً من الجيش النظامي وأجهزة المخابرات قتلوا في المعارك', 15],
    ['وذكر المرصد أن تسعة من عناصر النظام وقوات الدفاع الوطني قتلوا في الاشتباكات', 9],
  ])('reads "%s"', (text, n) => {
    expect(casualties(text).killed).toBe(n);
  });
});

describe('a facility taken out of service after "its" hit wounds no one (out-of-service.ts)', () => {
  it('reads no wounded', () => {
    expect(casualties('وقد خرج المستوصف الوحيد في القرية عن الخدمة إثر إصابته بصاروخ').wounded).toBeNull();
  });
  it('but a person hit still counts', () => {
    expect(casualties('ونقل الرجل إلى المستشفى بعد إصابته بشظية').wounded).toBe(1);
  });
});

describe('the group the counted are suspected of belonging to is whose they were, as "من" tells it (suspected-of-group.ts)', () => {
  it("counts the one joined after the group's name", () => {
    expect(
      casualties(
        'قُتل أربعة رجال يشتبه بانتمائهم لشبكة تابعة للتنظيم، وعنصر من فرع المخابرات، خلال مداهمة ليلية',
      ).killed,
    ).toBe(5);
  });
});
