// Rules added for issue 12 on tolls wrong in a draft that exists (fixer fxtolls43), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { raisedItTo } from '../../src/intake/tolls/wounded-died/raised-it-to.js';
import { draftedTolls } from '../support/tolls.js';
import { firstTollOfItsOwn } from '../../src/intake/tolls/first-toll-after.js';
import { firstReportsAfterAt } from '../../src/intake/tolls/first-reports-after.js';
import { normalizeForMatch } from '../../src/text/normalize.js';

const ar = (text: string, before = '') => findCasualties(matchView(text), 'ar', before);

describe('one found hit, whom the sentence told dead (found-hit-dead.ts)', () => {
  const before = 'قال مصدر أمني إن رجلاً قتل برصاص مجهولين ليلة أمس قرب منزله، مضيفاً أن "القتيل موظف حكومي،';
  it('the wound he was found with is how he died, no one more wounded', () => {
    expect(ar('وقد عثر عليه مصاباً بطلقتين في الظهر قرب سيارته"', before).wounded).toBeNull();
    expect(ar('ثم عثروا عليه جريحاً في بستان', before).wounded).toBeNull();
    expect(ar('حيث وجدوه مصاباً بعدة طعنات', before).wounded).toBeNull();
  });
  it('one found hurt where no death was told is one wounded', () => {
    expect(ar('وقد عثر عليه مصاباً بطلقتين في الظهر قرب سيارته', 'خطف مسلحون موظفاً حكومياً أمس،').wounded).toBe(
      1,
    );
  });
});

describe('suffocation cases counted (suffocation-cases.ts)', () => {
  it('a number of suffocation cases is that many wounded', () => {
    expect(ar('وسجل الأطباء نحو 40 حالة اختناق بين الأهالي').wounded).toBe(40);
    expect(ar('وقال مسعف إن النقطة الطبية استقبلت 17 حالة اختناق').wounded).toBe(17);
  });
  it('suffocation with no number before it counts no one', () => {
    expect(ar('وأوضح الطبيب أن معظم الحالات حالات اختناق').wounded).toBeNull();
  });
});

const en = (text: string) => findCasualties(matchView(text), 'en');

describe('who the dead were, told between commas after the toll (dead-apposition.ts)', () => {
  it('the apposition is no part of the wounded told after it', () => {
    expect(
      en('The raid left four people dead, three guards and a driver, and two others wounded.'),
    ).toMatchObject({
      killed: 4,
      wounded: 2,
    });
  });
  it('a count with a verb of its own after the toll is counted', () => {
    expect(en('The raid left four people dead, two others wounded.')).toMatchObject({
      killed: 4,
      wounded: 2,
    });
    expect(en('The raid left four people dead and five others wounded.')).toMatchObject({
      killed: 4,
      wounded: 5,
    });
  });
});

describe('the wounded who died, raising the toll to the figure told (raised-it-to.ts)', () => {
  it('reads the figure the toll was raised to', () => {
    expect(raisedItTo('but three of the wounded died overnight, bringing it to 11, a medic said.')).toBe(11);
    expect(raisedItTo('three of the wounded died overnight, a medic said.')).toBeNull();
  });
  it('the lead that counts the raised toll holds those who died', () => {
    expect(
      draftedTolls(
        [
          'Bomb hits checkpoint',
          'A suicide bomber blew himself up on Wednesday at a checkpoint in the town of Tuz Khurmatu, killing at least 11 people and wounding 20, police said.',
          'Police first put the death toll at eight, but three of the wounded died in hospital in Kirkuk, raising it to 11, an officer said.',
        ],
        '2023-03-08',
        'en',
      ),
    ).toEqual([[11, 20, null]]);
  });
});

describe("the first toll told after a new item's own (first-toll-after.ts)", () => {
  const item =
    'وفي مدينة الأتارب المجاورة، قتل ستة مدنيين، بينهم طفلان، وأصيب نحو 15 آخرين، اليوم الخميس، بغارات جوية استهدفت محيط السوق، ما أدى إلى احتراق عدد من المحال، بحسب الدفاع المدني، بعد أن كانت الحصيلة الأولية ثلاثة قتلى.';
  it("is where the clause's own toll ends", () => {
    const text = normalizeForMatch('وأصيب نحو 15 آخرين بقصف مدفعي، بعد أن كانت الحصيلة الأولية ثلاثة قتلى.');
    expect(firstReportsAfterAt(text)).toBe(text.indexOf(normalizeForMatch('بعد أن')));
  });
  it('makes the sentence no earlier report of the event told before it', () => {
    expect(firstTollOfItsOwn(normalizeForMatch(item))).toBe(true);
    expect(firstTollOfItsOwn(normalizeForMatch('وكانت الحصيلة الأولية ثلاثة قتلى.'))).toBe(false);
  });
  it('drafts the item apart with its own toll', () => {
    expect(
      draftedTolls(
        [
          'قصف على ريف حلب',
          'سيطرت قوات النظام، ليلة الأربعاء على الخميس، على بلدة خان طومان في ريف حلب الجنوبي، بعد معارك عنيفة مع فصائل المعارضة.',
          'وقال المرصد السوري لحقوق الإنسان إن المعارك أسفرت عن مقتل 11 عنصراً من قوات النظام، و9 من مقاتلي المعارضة.',
          item,
        ],
        '2020-01-16',
        'ar',
      ),
    ).toEqual([
      [20, null, null],
      [6, 15, null],
    ]);
  });
});
