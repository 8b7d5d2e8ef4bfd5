// Rules from the fxcounts19 round (issue 12, the casualty counts of matched incidents), each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('one man hit, then dead of it: one dead, no wounded', () => {
  it('"…أطلقوا عليه رصاصات أصابته في صدره، ففارق الحياة…، فيما أصيب شقيقه"', () => {
    expect(
      tolls(
        [
          'اغتال مسلحون مجهولون مساء أمس موظفاً في حي الحسين بمدينة العمارة، وأطلقوا عليه رصاصات أصابته في صدره، ففارق الحياة في الطريق إلى المستشفى، فيما أصيب شقيقه بجروح طفيفة.',
        ],
        'ar',
        '2018-03-04',
      ),
    ).toEqual([{ killed: 1, wounded: 1 }]);
  });
  it('"أطلق مسلحون النار على مختار القرية فأصابته رصاصة في رأسه، فتوفي على الفور"', () => {
    expect(
      tolls(
        [
          'أطلق مسلحون النار على مختار قرية في قضاء الزبير غربي البصرة، فأصابته رصاصة في رأسه، فتوفي على الفور.',
        ],
        'ar',
        '2018-03-04',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('what the counted were doing when hit: the count before it is the verb’s subject', () => {
  it('"Three workers of a crew clearing debris from the old market in Mosul were killed and a fourth was wounded"', () => {
    expect(
      tolls(
        [
          'Three workers of a municipal crew clearing debris from the old market in Mosul were killed and a fourth was wounded on Sunday when a bomb left by militants went off, officials said.',
        ],
        'en',
        '2018-05-07',
      ),
    ).toEqual([{ killed: 3, wounded: 1 }]);
  });
});
