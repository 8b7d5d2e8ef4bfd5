// Rules added for issue 12 on tolls wrong in a draft that exists (fixer fxtolls43), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';

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
