// Rules found on dates and places read wrong (issue 12, fixer fxdates23): a part of "the city" told
// before is not moved to a town a toll-less background clause names after it. On sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.from, x.to, x.governorate, x.killed, x.wounded]);

describe('"قرب جسر … وسط المدينة", then a background clause on another city: the part of the town told before', () => {
  it('keeps the second event in the city the article told, not the background town', () => {
    expect(
      rows(
        'مسلحون يهاجمون مراكز للشرطة في كركوك',
        [
          'كركوك (اف ب) - هاجم مسلحون مساء امس الاربعاء مقرا للشرطة في مدينة كركوك، ما اسفر عن مقتل اربعة من عناصر الشرطة.',
          'وفي حادث منفصل، قتل جنديان اميركيان صباح اليوم الخميس بانفجار عبوة ناسفة استهدفت دوريتهما قرب جسر الشهداء وسط المدينة.',
          'وبدأت القوات العراقية الاثنين هجوما على مدينة الرمادي.',
        ],
        '2005-03-10',
      ),
    ).toEqual([
      ['2005-03-09', '2005-03-09', 'Kirkuk', 4, null],
      ['2005-03-10', '2005-03-10', 'Kirkuk', 2, null],
    ]);
  });
});
