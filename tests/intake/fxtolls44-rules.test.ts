// Rules of whose toll a clause tells (issue 12, fixer fxtolls44), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';

const ar = (text: string) => {
  const c = findCasualties(matchView(text), 'ar');
  return { killed: c.killed, wounded: c.wounded };
};

describe('one more named in the accusative, "جندياً آخر"', () => {
  it('"قتل قناص جندياً آخر قرب الحاجز": one dead, no construct dual', () => {
    expect(ar('وقال المصدر إن قناصاً قتل جندياً آخر قرب الحاجز مساء أمس')).toMatchObject({ killed: 1 });
  });
  it('"أصاب مسلحون شرطياً آخر": one wounded', () => {
    expect(ar('وأصاب مسلحون مجهولون شرطياً آخر في السوق')).toMatchObject({ wounded: 1 });
  });
  it('a construct dual still counts two: "قتل حارسا المبنى"', () => {
    expect(ar('قتل حارسا المبنى بنيران مسلحين')).toMatchObject({ killed: 2 });
  });
});

describe('the subject before a passive, and his own after "مع"', () => {
  it('"أن موظفاً في البلدية قتل مع ابنه": two dead', () => {
    expect(ar('وذكرت الشرطة أن موظفاً في البلدية قتل مع ابنه بانفجار عبوة ناسفة')).toMatchObject({
      killed: 2,
    });
  });
  it('"أن ضابطاً قتل برفقة سائقه": two dead', () => {
    expect(ar('وقال مصدر أمني إن ضابطاً قتل برفقة سائقه على الطريق العام')).toMatchObject({ killed: 2 });
  });
  it('"قتلوا مع سائقهم": no subject counted before, the companion alone', () => {
    expect(ar('قتلوا مع سائقهم على الطريق')).toMatchObject({ killed: 1 });
  });
});
