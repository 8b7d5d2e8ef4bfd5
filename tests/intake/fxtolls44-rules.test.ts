// Rules of whose toll a clause tells (issue 12, fixer fxtolls44), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { matchView } from '../../src/intake/reading/view.js';
import { risenToll } from '../../src/intake/tolls/toll-update.js';
import { tolls } from '../support/tolls.js';

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
  it('"بأن مختاراً في … شمال المدينة قتل مع نجله": the subject far back, a singular verb, two dead', () => {
    expect(
      ar(
        'وأفاد مصدر أمني بأن مختاراً في إحدى القرى التابعة لقضاء الحويجة غرب كركوك قتل مع نجله بنيران مسلحين',
      ),
    ).toMatchObject({ killed: 2 });
  });
  it('"قتلوا مع سائقهم": no subject counted before, the companion alone', () => {
    expect(ar('قتلوا مع سائقهم على الطريق')).toMatchObject({ killed: 1 });
  });
});

describe('a toll of the victims risen to a bare figure, its wounded named after it', () => {
  const risen = (text: string, lang: 'ar' | 'en') => {
    const c = risenToll(matchView(text), lang);
    return c && { killed: c.killed, wounded: c.wounded };
  };
  it('"ارتفعت حصيلة ضحايا … إلى 14 مدنياً بينهم ثلاث نساء، و40 جريحاً": 14 dead, 40 wounded', () => {
    expect(
      risen(
        'ارتفعت حصيلة ضحايا الغارات على سوق المدينة إلى 14 مدنياً بينهم ثلاث نساء، و40 جريحاً، وفق مصادر طبية',
        'ar',
      ),
    ).toEqual({ killed: 14, wounded: 40 });
  });
  it('"the toll … rose to 12 villagers and 25 wounded": 12 dead, 25 wounded', () => {
    expect(
      risen(
        'The toll from the air raid on the market rose to 12 villagers and 25 wounded, a medic said.',
        'en',
      ),
    ).toEqual({ killed: 12, wounded: 25 });
  });
  it('a wounded toll alone stays the wounded: "ارتفع عدد الجرحى إلى 31 جريحاً"', () => {
    expect(risen('ارتفع عدد الجرحى إلى 31 جريحاً في المدينة', 'ar')).toEqual({ killed: null, wounded: 31 });
  });
  it('through the pipeline: the incident holds the risen dead and wounded', () => {
    expect(
      tolls(
        [
          'ارتفعت حصيلة ضحايا القصف المدفعي على بلدة كفرنبل بريف إدلب، يوم الجمعة، إلى 9 مدنيين بينهم طفلان، و27 جريحاً.',
        ],
        'ar',
        '2019-05-11',
      ),
    ).toEqual([{ killed: 9, wounded: 27 }]);
  });
});

describe('the land in a group\'s name, "al-Qaida in Iraq"', () => {
  it('"Three suspected al-Qaida in Iraq fighters were killed": three dead', () => {
    const c = findCasualties(
      matchView(
        'Three suspected al-Qaida in Iraq fighters were killed in a raid west of Baquba, police said.',
      ),
      'en',
    );
    expect(c.killed ?? c.attackersKilled).toBe(3);
  });
  it('"… Islamic State in Iraq and the Levant militants were killed": four dead', () => {
    const c = findCasualties(
      matchView('Four Islamic State in Iraq and the Levant militants were killed in clashes near Ramadi.'),
      'en',
    );
    expect(c.killed ?? c.attackersKilled).toBe(4);
  });
  it("through the pipeline: bombers killed by their own bomb are the incident's dead", () => {
    expect(
      tolls(
        [
          'Two suspected al-Qaida in Iraq militants died on Sunday when the bomb they were burying by a road near Baiji exploded, police said.',
        ],
        'en',
        '2008-04-14',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });
});
