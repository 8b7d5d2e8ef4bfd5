// Rules from the fxcounts27 round (issue 12, how many a phrase counts): one named at length whose
// death a relative tells with the people killed beside him, and the kin told after the doers of a
// killing verb with its object pronoun; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"X, who was killed along with N of his guards" is he and they', () => {
  it('a funeral of a mayor "who was killed along with three of his guards" is four dead', () => {
    expect(
      ingested(
        'Town mourns its mayor',
        [
          'Hundreds attended the funeral in Ramadi of Ahmed Saleh, the mayor of Khalidiya, who was killed along with three of his guards on Monday when a bomb exploded under his car near Falluja.',
        ],
        '2010-03-10',
      ),
    ).toEqual([{ from: '2010-03-08', to: '2010-03-08', governorate: 'Anbar', killed: 4, wounded: null }]);
  });

  it('"…, who was killed with his driver" is two dead', () => {
    expect(
      ingested(
        'Judge buried in Kirkuk',
        [
          'Relatives buried Judge Omar Hadi, head of the Kirkuk appeals court, who was killed with his driver on Sunday when gunmen opened fire on his car in Hawija.',
        ],
        '2011-04-12',
      ),
    ).toEqual([{ from: '2011-04-10', to: '2011-04-10', governorate: 'Kirkuk', killed: 2, wounded: null }]);
  });
});

describe('the doers told between a killing verb with its object and "مع" his kin', () => {
  it('"الذي اغتاله مسلحون مجهولون مع نجله" is two dead', () => {
    expect(
      ingested(
        'مجلس عزاء لشيخ عشيرة في ديالى',
        [
          'أقيم مجلس العزاء لروح الشيخ خالد العبيدي، الذي اغتاله مسلحون مجهولون مع نجله يوم الأحد الماضي أمام منزله في قضاء الخالص.',
        ],
        '2010-03-10',
      ),
    ).toEqual([{ from: '2010-03-07', to: '2010-03-07', governorate: 'Diyala', killed: 2, wounded: null }]);
  });

  it('"التي اغتالها مسلحون ملثمون مع زوجها" is two dead', () => {
    expect(
      ingested(
        'تشييع ناشطة في البصرة',
        [
          'شيع المئات في البصرة اليوم الأربعاء الناشطة المدنية سعاد الحلفي، التي اغتالها مسلحون ملثمون مع زوجها مساء أمس الثلاثاء أمام منزلهما في قضاء الزبير.',
        ],
        '2010-03-10',
      ),
    ).toEqual([{ from: '2010-03-09', to: '2010-03-09', governorate: 'Basra', killed: 2, wounded: null }]);
  });
});
