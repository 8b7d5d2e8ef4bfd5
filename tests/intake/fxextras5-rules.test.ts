// Rules from the fxextras5 round (issue 12, drafts that match no event): the items of a list whose
// heading summed its dead over a span, and a clause fronted by "among those" after such a total —
// shares of a tally, not events; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('an item of a list headed by a total over a span: its share, no event', () => {
  it('"وثقت الشبكة خلال شهر نيسان مقتل 20 شخصاً في محافظة حلب، وهم:" then "- 9 مدنيين…", "- 11 من عناصر الفصائل."', () => {
    expect(
      ingested(
        '20 قتيلاً خلال شهر نيسان في ريف حلب',
        [
          'وثقت الشبكة خلال شهر نيسان 2024 مقتل 20 شخصاً في محافظة حلب، وهم:',
          '- 9 مدنيين، بينهم ثلاثة أطفال.',
          '- 11 من عناصر الفصائل المسلحة.',
          'وكان آخر تلك الحوادث أمس الثلاثاء، حين قتل رجل بانفجار لغم في بلدة دارة عزة بريف حلب الغربي.',
        ],
        '2024-05-01',
      ),
    ).toEqual([{ from: '2024-04-30', to: '2024-04-30', governorate: 'Aleppo', killed: 1, wounded: null }]);
  });

  it('a day’s list keeps its items, each with its blow and place', () => {
    expect(
      ingested(
        'ثلاثة قتلى في ريف حلب',
        [
          'وثقت الشبكة خلال الساعات الـ24 الماضية مقتل 3 أشخاص في محافظة حلب، وهم:',
          '- رجلان قتلا بانفجار لغم في بلدة دارة عزة بريف حلب الغربي.',
          '- عنصر من الفصائل برصاص قناص في بلدة الأتارب بريف حلب الغربي.',
        ],
        '2024-05-01',
      ).length,
    ).toBe(2);
  });
});

describe('a clause fronted by "among those" after a total over a span: its share, no event', () => {
  it('"ومن بين المدنيين، قضى 4 بانفجار ألغام في ريف حلب" after the list of a month’s dead', () => {
    expect(
      ingested(
        '20 قتيلاً خلال شهر نيسان في ريف حلب',
        [
          'وثقت الشبكة خلال شهر نيسان 2024 مقتل 20 شخصاً في محافظة حلب، وهم:',
          '- 9 مدنيين، بينهم ثلاثة أطفال.',
          '- 11 من عناصر الفصائل المسلحة.',
          'ومن بين المدنيين، قضى 4 بانفجار ألغام ومخلفات حرب في ريف حلب الشمالي.',
        ],
        '2024-05-01',
      ),
    ).toEqual([]);
  });
});
