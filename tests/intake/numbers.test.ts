import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/intake/reading/numbers.js';
import { matchView } from '../../src/intake/reading/view.js';

const values = (text: string, _lang: 'ar' | 'en') =>
  findNumbers(matchView(text)).map((n) => [n.value, n.approximate]);

describe('findNumbers', () => {
  it.each([
    ['سيطر 40 ألف مقاتل', 'ar', [[40000, false]]],
    ['مساحة تقارب 110 آلاف كيلومتر مربع', 'ar', [[110000, true]]],
    ['تجاوز 41 مليون نسمة', 'ar', [[41e6, false]]],
    ['أكثر من 8 ملايين نسمة', 'ar', [[8e6, true]]],
    ['نحو 138 ألف كيلومتر', 'ar', [[138000, true]]],
    ['قرابة 10 آلاف', 'ar', [[10000, true]]],
    ['١٢٣ شخصا', 'ar', [[123, false]]],
    ['أحد عشر جنديا', 'ar', [[11, false]]],
    ['ثلاثة عشر مدنيا', 'ar', [[13, false]]],
    ['خمسة وعشرين عنصرا', 'ar', [[25, false]]],
    ['عشرين قتيلا', 'ar', [[20, false]]],
    ['ثلاثمئة عائلة', 'ar', [[300, false]]],
    ['ألفين من النازحين', 'ar', [[2000, false]]],
    ['آلاف المدنيين', 'ar', []],
    ['يوم الأحد والاثنين', 'ar', []],
    ['مقتل أحد كبار الممولين', 'ar', [[1, false]]],
    ['إصابة اثنين آخرين', 'ar', [[2, false]]],
    ['some 10.2 million people', 'en', [[10.2e6, true]]],
    ['306,000 civilians', 'en', [[306000, false]]],
    ['twenty-one soldiers', 'en', [[21, false]]],
    ['More than 12 years', 'en', [[12, true]]],
    ['nine people', 'en', [[9, false]]],
    // a unit word ends an English number: two counts side by side are not summed
    [
      'wounded seven, three of them badly',
      'en',
      [
        [7, false],
        [3, false],
      ],
    ],
    [
      'nineteen ninety',
      'en',
      [
        [19, false],
        [90, false],
      ],
    ],
    ['thirty four', 'en', [[34, false]]],
    ['one hundred and six', 'en', [[106, false]]],
    ['three dozen families', 'en', [[36, false]]],
  ] as const)('%s', (text, lang, expected) => {
    expect(values(text, lang)).toEqual(expected);
  });

  it('quotes the article for each number', () => {
    const [n] = findNumbers(matchView('سيطر 40 ألف مقاتل'));
    expect(n?.text).toBe('40 ألف');
  });
});
