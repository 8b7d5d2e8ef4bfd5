// Rules from the fxextras5 round (issue 12, drafts that match no event): the items of a list whose
// heading summed its dead over a span, and a clause fronted by "among those" after such a total —
// shares of a tally, not events; and a teller's count followed by how the event went ("، موضحاً
// أن…") — the event told, in that teller's figures; each on sentences written for it.
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
          '- 2 من عناصر الفصائل قتلا، وأصيب ثالث، إثر هجوم على موقع عسكري في محيط بلدة الأتارب بريف حلب الغربي.',
          'وكان آخر تلك الحوادث أمس الثلاثاء، حين قتل رجل بانفجار لغم في بلدة دارة عزة بريف حلب الغربي.',
        ],
        '2024-05-01',
      ).map(({ killed, wounded }) => ({ killed, wounded })),
    ).toEqual([
      { killed: 2, wounded: 1 },
      { killed: 1, wounded: null },
    ]);
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

describe('a teller’s count, then how the event went ("، موضحاً أن…"): the event told, in that teller’s figures', () => {
  it('"من جهته، قال ضابط إن "حصيلة القتلى بلغت 8"، موضحاً أن العبوة … انفجرت"', () => {
    expect(
      ingested(
        'مقتل عشرة بانفجار عبوة في سوق سامراء',
        [
          'قتل عشرة أشخاص وأصيب عشرون آخرون بجروح مساء أمس الأحد في انفجار عبوة ناسفة في سوق وسط مدينة سامراء، بحسب مصادر طبية.',
          'من جهته، قال النقيب أحمد علي من شرطة قضاء سامراء إن "حصيلة القتلى بلغت 8"، موضحاً أن العبوة كانت مزروعة قرب بسطة للخضار وانفجرت قرابة الساعة السادسة مساء.',
        ],
        '2024-03-04',
      ),
    ).toEqual([{ from: '2024-03-03', to: '2024-03-03', governorate: 'Salahuddin', killed: 10, wounded: 20 }]);
  });
});
