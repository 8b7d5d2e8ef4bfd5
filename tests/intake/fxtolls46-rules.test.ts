// Rules from the fxtolls46 round (issue 12, tolls from two sources or ranges, the wounded kept apart):
// on sentences written for them, never copied from an article.
import { describe, expect, it } from 'vitest';
import { countOfLatestTold } from '../../src/intake/tolls/count-of-latest-told.js';
import { findCasualties } from '../../src/intake/casualties/casualties.js';
import { hyphenLaterParts } from '../../src/intake/casualties/hyphen-parts.js';
import { matchView } from '../../src/intake/reading/view.js';
import { incidents, tolls } from '../support/tolls.js';

describe("a count naming nothing of its own, after more on the lead's first event (count-of-latest-told.ts)", () => {
  it('goes to the incident of the latest sentence where the last one built cannot take it', () => {
    const first = { sentences: [0, 1], id: 'a' };
    const second = { sentences: [0], id: 'b' };
    expect(countOfLatestTold([first, second], (b) => b === first)).toBe(first);
  });
  it('leaves it to the order of the text where the last one can take it, or was told last', () => {
    const first = { sentences: [0, 1] };
    const second = { sentences: [0] };
    expect(countOfLatestTold([first, second], () => true)).toBeUndefined();
    const later = { sentences: [0, 2] };
    expect(countOfLatestTold([first, later], (b) => b === first)).toBeUndefined();
  });
  it("a wounded range told after the first blow of a two-blow lead is that blow's, not the second's", () => {
    expect(
      incidents(
        [
          'أفاد مصدر في الشرطة، اليوم الخميس، بأن أربعة أشخاص قتلوا وأصيب آخرون بانفجار عبوة ناسفة في سوق قضاء الحويجة، فيما أصيب ثلاثة عمال بانفجار آخر في ناحية الزاب.',
          'وقال المصدر إن "العبوة كانت مخبأة داخل عربة خضار وانفجرت ظهر اليوم أثناء ازدحام السوق"، مبينا أن "الانفجار أسفر عن مقتل أربعة مدنيين".',
          'وأضاف المصدر أن "عدد المصابين يتراوح بين عشرة واثني عشر وفق حصيلة أولية".',
        ],
        'ar',
        '2013-04-18',
      ).map((x) => [x.killed, x.wounded]),
    ).toEqual([
      [4, { low: 10, high: 12 }],
      [null, 3],
    ]);
  });
});

describe('a hyphened word naming those counted is no break before the passive (hyphen-parts.ts)', () => {
  const wounded = (s: string) => findCasualties(matchView(s), 'en').wounded;
  it('"policemen and passers-by were hurt": the later part "by" does not end the count\'s reach', () => {
    expect(wounded('Some 14 policemen and passers-by were hurt when the device went off near a bakery')).toBe(
      14,
    );
    expect(wounded('Nearly 20 others, guards and passers-by, were injured in the explosion')).toBe(20);
  });
  it('a "by" of its own still ends it', () => {
    expect(wounded('Three guards by the main gate were wounded')).toBeNull();
  });
  it('reads the later parts of the compounds as written', () => {
    expect([...hyphenLaterParts('and passers-by, with hangers-on')]).toEqual(['by', 'on']);
  });
});

describe('a toll "later put at" a figure is the later word on the event (toll-update.ts, EN_LATER_PUT)', () => {
  it('the first count told in the lead gives way to the figure a source later put it at', () => {
    expect(
      tolls(
        [
          'Gunmen attacked a police post in the town of Tarmiyah, north of Baghdad, on Monday, killing at least six policemen and wounding 11, police said.',
          'A medical source later put the death toll at nine policemen, saying three more bodies had been found at the site.',
        ],
        'en',
        '2014-05-20',
      ),
    ).toEqual([{ killed: 9, wounded: 11 }]);
  });
  it('a toll "put at" a figure with no "later" stays a second source\'s count beside the first', () => {
    expect(
      tolls(
        [
          'Gunmen attacked a police post in the town of Tarmiyah, north of Baghdad, on Monday, killing at least six policemen and wounding 11, police said.',
          'A medical source put the death toll at nine policemen.',
        ],
        'en',
        '2014-05-20',
      ),
    ).toEqual([{ killed: 6, wounded: 11 }]);
  });
});
