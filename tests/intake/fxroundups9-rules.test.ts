// Rules from the fxroundups9 round (issue 12, roundup items): an item told with its toll unsplit is
// kept apart from another item at the same place whose counts do not add up to it; bodies found at
// another town are not a part of the toll just told; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('an item whose toll is told unsplit, beside an item at the same place: two items', () => {
  it('"killed or wounded five" after "killed a guard and wounded two", at towns of one district', () => {
    const drafted = ingested(
      'Diyala roundup: 12 killed',
      [
        'At least 12 people were killed and 9 more were wounded in violence across the province on Tuesday:',
        'In Jalula, a roadside bomb killed a police guard and wounded two others.',
        'A grenade attack killed or wounded five shoppers in Khanaqin.',
        'Coalition aircraft killed nine militants near Mosul.',
      ],
      '2015-03-04',
    );
    // (the lead's total stays a draft of its own: the items do not add up to it)
    expect(drafted.map((x) => [x.killed, x.wounded])).toEqual([
      [12, 9],
      [1, 2],
      [null, null],
      [9, null],
    ]);
  });
});

describe('bodies found at another town of the governorate: not a part of the toll just told', () => {
  it('"عثرت دورية على جثتين" at another town after "قتل ثلاثة وأصيب اثنان"', () => {
    const drafted = ingested(
      'بابل: مقتل وإصابة تسعة أشخاص في حوادث متفرقة',
      [
        'قال مصدر في شرطة بابل، الأربعاء، إن تسعة أشخاص قتلوا وأصيبوا في حوادث متفرقة خلال الساعات الماضية.',
        'وأوضح المصدر أن "ثلاثة جنود قتلوا وأصيب اثنان آخران بانفجار عبوة ناسفة على دوريتهم في ناحية الاسكندرية".',
        'وأضاف أن "دورية للشرطة عثرت في ناحية جرف الصخر على جثتين مجهولتي الهوية عليهما آثار إطلاق نار".',
      ],
      '2007-02-14',
    );
    expect(drafted.map((x) => [x.killed, x.wounded])).toEqual([
      [3, 2],
      [2, null],
    ]);
  });
});
