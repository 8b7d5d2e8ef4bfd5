// Rules from the fxextras9 round (issue 12, extra drafts): an undated lead told again in an agency's
// "نقل عن مصدر … قوله" with its day; another teller's count of the dead told after a sentence that
// drew no incident; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('an undated lead, then "ونقل المراسل عن مصدر … قوله" with its day: one event', () => {
  it('"استشهد مدنيان وأصيب أربعة … في مدينة الميادين وبلدة ذيبان", then "ونقل مراسلنا عن مصدر عسكري قوله: … من مساء أمس …"', () => {
    expect(
      ingested(
        'استشهاد مدنيين بعدوان على ريف الميادين',
        [
          'استشهد مدنيان وأصيب أربعة آخرون جراء عدوان جوي استهدف عدداً من المواقع في مدينة الميادين وبلدة ذيبان بريف دير الزور الشرقي.',
          'ونقل مراسلنا عن مصدر عسكري قوله: "عند الساعة العاشرة من مساء أمس شن الطيران المعادي عدواناً جوياً على عدد من المواقع في مدينة الميادين وبلدة ذيبان، ما أدى إلى استشهاد مدنيين اثنين وإصابة أربعة آخرين".',
        ],
        '2021-03-10',
      ),
    ).toEqual([{ from: '2021-03-09', to: '2021-03-09', governorate: 'Deir ez-Zor', killed: 2, wounded: 4 }]);
  });
});

describe('another teller’s count of the dead, after a sentence that told who they were', () => {
  it('"… near the town of Mayadin, killing at least eight people, a war monitor said. The monitor said the dead were … Deir ez-Zor Now, a local news network, said 11 people were killed."', () => {
    expect(
      ingested(
        'Drone strike on convoy in eastern Syria',
        [
          'Unidentified drones struck a convoy of trucks late on Sunday shortly after it crossed from Iraq into eastern Syria near the town of Mayadin, killing at least eight people, a war monitor said.',
          'The monitor said the dead were drivers and members of militias guarding the convoy. Deir ez-Zor Now, a local news network, said 11 people were killed.',
        ],
        '2022-05-16',
      ),
    ).toEqual([{ from: '2022-05-15', to: '2022-05-15', governorate: 'Deir ez-Zor', killed: 8, wounded: null }]);
  });
});
