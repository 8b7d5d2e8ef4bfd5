// An event the article tells as having harmed no one is drafted with 0 dead and 0 wounded ("no one
// killed"), not with its casualties "not stated"; an event with a toll of its own keeps it.
import { describe, expect, it } from 'vitest';
import { tolls } from '../support/tolls.js';

describe('an event told as having harmed no one: 0 killed, 0 wounded', () => {
  it('"causing no casualties", "من دون وقوع إصابات"', () => {
    expect(
      tolls(
        [
          'Two rockets landed near a military base outside Erbil late on Sunday, causing no casualties, the region’s counter-terrorism service said on Monday.',
        ],
        'en',
        '2023-06-12',
      ),
    ).toEqual([{ killed: 0, wounded: 0 }]);
    expect(
      tolls(
        [
          'سقطت قذيفتا هاون قرب مقر للشرطة في ناحية جلولاء مساء أمس الأحد من دون وقوع إصابات، بحسب مصدر أمني.',
        ],
        'ar',
        '2023-06-12',
      ),
    ).toEqual([{ killed: 0, wounded: 0 }]);
  });

  it('a harmless blow told beside one with a toll: each keeps its own', () => {
    expect(
      tolls(
        [
          'A roadside bomb killed two soldiers on the road to Tuz Khurmatu on Saturday, a security source said.',
          'On Sunday, a mortar round fell near a checkpoint in Daquq without causing any injuries.',
        ],
        'en',
        '2023-06-12',
      ),
    ).toEqual([
      { killed: 2, wounded: null },
      { killed: 0, wounded: 0 },
    ]);
  });

  it('an event whose casualties are simply not told stays "not stated"', () => {
    expect(
      tolls(
        ['A drone struck a car near the village of Sheikh Hilal on Sunday, local sources said.'],
        'en',
        '2023-06-12',
      ),
    ).toEqual([{ killed: null, wounded: null }]);
  });
});
