// Rules from the fxextras6 round (issue 12, extra drafts: tolls of a span or a campaign drafted as
// incidents): a campaign told with words around its noun that "has killed" so many; the first weeks
// of a month counted; a month ranked as the deadliest, with its dead; the blows a span counted, named
// back by a demonstrative, with their toll; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a campaign told with words around its noun, in the present perfect: its toll so far, no event', () => {
  it('"… in a sweeping offensive that has killed more than 600 people in nine days"', () => {
    expect(
      ingested(
        'Rebels near Aleppo',
        [
          'A mortar shell killed two children in the town of Azaz in Aleppo province on Tuesday, a monitor said.',
          'Rebels on Tuesday pressed towards Aleppo after capturing the town of Atarib, in a sweeping offensive that has killed more than 600 people in nine days, a war monitor said.',
        ],
        '2020-02-05',
      ),
    ).toEqual([{ from: '2020-02-04', to: '2020-02-04', governorate: 'Aleppo', killed: 2, wounded: null }]);
  });

  it('"The two-month army offensive on Daraa and its countryside has killed more than 300 civilians"', () => {
    expect(
      ingested(
        'Shelling in Daraa',
        [
          'Shelling killed four civilians in the town of Nawa in Daraa province on Sunday, a monitor said.',
          'The two-month army offensive on Daraa and its countryside has killed more than 300 civilians, according to the United Nations.',
        ],
        '2018-07-02',
      ),
    ).toEqual([{ from: '2018-07-01', to: '2018-07-01', governorate: 'Daraa', killed: 4, wounded: null }]);
  });
});

describe('the first weeks or months of a span: a count over them, no event', () => {
  it('"at least 900 Iraqis were killed in the first two weeks of May"', () => {
    expect(
      ingested(
        'Bomb in Kirkuk',
        [
          'A car bomb killed six people in the city of Kirkuk on Monday, police said.',
          'The United Nations says at least 900 Iraqis were killed in the first two weeks of May, most of them civilians, and that more than 200,000 people have fled their homes in Nineveh province alone.',
        ],
        '2014-05-20',
      ),
    ).toEqual([{ from: '2014-05-19', to: '2014-05-19', governorate: 'Kirkuk', killed: 6, wounded: null }]);
  });
});

describe('a month ranked as the deadliest, with its dead: the month’s toll, no event', () => {
  it('"September is on course to be the deadliest month for the police in a year, with 58 killed so far"', () => {
    expect(
      ingested(
        'Bomb kills policemen in Tikrit',
        [
          'A roadside bomb killed three policemen in Tikrit on Sunday, officials said.',
          'September is on course to be the deadliest month for the police in a year, with 58 killed so far.',
        ],
        '2007-09-24',
      ),
    ).toEqual([
      { from: '2007-09-23', to: '2007-09-23', governorate: 'Salahuddin', killed: 3, wounded: null },
    ]);
  });
});

describe('the blows a span counted, named back by a demonstrative, with their toll: the span’s, no event', () => {
  it('"هذا هو الاستهداف الإسرائيلي الـ 30 … منذ مطلع العام، وقد أسفرت تلك الضربات عن مقتل 95"', () => {
    expect(
      ingested(
        'غارة إسرائيلية على ريف حمص',
        [
          'قال مصدر عسكري إن طائرات إسرائيلية استهدفت مساء أمس الأحد موقعاً عسكرياً قرب مدينة القصير في ريف حمص، ما أدى إلى مقتل ثلاثة عسكريين.',
          'وبحسب المرصد، فإن هذا هو الاستهداف الإسرائيلي الـ 30 للأراضي السورية منذ مطلع العام، وقد أسفرت تلك الضربات عن مقتل 95 عسكرياً ومدنياً.',
        ],
        '2023-05-08',
      ),
    ).toEqual([{ from: '2023-05-07', to: '2023-05-07', governorate: 'Homs', killed: 3, wounded: null }]);
  });
});
