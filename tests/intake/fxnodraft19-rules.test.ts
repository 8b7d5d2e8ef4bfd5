// Rules from the fxnodraft19 round (issue 12, gold incidents never drafted): a blow near a part of a
// cemetery (its entrance, its gate) is where it fell, not remains found; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a blow near the entrance or gate of a cemetery: drafted, not read as remains found', () => {
  it('"قتل رجلان وأصيب تسعة آخرون … بانفجار عبوة ناسفة قرب مدخل المقبرة …"', () => {
    expect(
      ingested(
        'انفجار يستهدف زوار المقبرة',
        [
          'قتل رجلان، بينهما شيخ مسن، وأصيب تسعة آخرون بجروح، عصر أمس الخميس، بانفجار عبوة ناسفة قرب مدخل المقبرة القديمة في قضاء هيت غربي الأنبار.',
        ],
        '2010-06-04',
      ),
    ).toEqual([{ from: '2010-06-03', to: '2010-06-03', governorate: 'Anbar', killed: 2, wounded: 9 }]);
  });

  it('"أصيب أربعة … بقذيفة هاون سقطت بالقرب من بوابة المقبرة …"', () => {
    expect(
      ingested(
        'قذيفة هاون في تلعفر',
        [
          'أصيب أربعة مدنيين بجروح، صباح اليوم الأحد، بقذيفة هاون سقطت بالقرب من بوابة المقبرة في قضاء تلعفر غربي الموصل.',
        ],
        '2007-05-06',
      ),
    ).toEqual([{ from: '2007-05-06', to: '2007-05-06', governorate: 'Nineveh', killed: null, wounded: 4 }]);
  });
});
