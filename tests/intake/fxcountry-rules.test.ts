// Rules from the fxcountry round (issue 12, a day's bulletin shared out by governorate): the items of
// a list that share the verb of its first one, a toll shared out "as follows", and a count of the
// whole country risen with the items, which gives them its day; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the items of a list that share the verb of the first one are incidents of their places', () => {
  it('"قتل سبعة في X، وأربعة في Y، واثنان بريف Z": one incident per item, each with its count', () => {
    expect(
      ingested(
        'قتلى برصاص الأمن في عدة محافظات',
        [
          'وقال ناشطون إن سبعة أشخاص قتلوا برصاص قوات الأمن يوم الجمعة في مدينة حمص، وأربعة في مدينة إدلب، واثنان بريف دمشق.',
        ],
        '2011-09-10',
      ),
    ).toEqual([
      { from: '2011-09-09', to: '2011-09-09', governorate: 'Homs', killed: 7, wounded: null },
      { from: '2011-09-09', to: '2011-09-09', governorate: 'Idlib', killed: 4, wounded: null },
      { from: '2011-09-09', to: '2011-09-09', governorate: 'Rif Dimashq', killed: 2, wounded: null },
    ]);
  });

  it('a share after a count of wounded is wounded too', () => {
    expect(
      ingested(
        'جرحى بقصف',
        ['وأصيب عشرة مدنيين بقصف مدفعي يوم السبت في مدينة حلب، و5 في مدينة إدلب.'],
        '2013-04-14',
      ),
    ).toEqual([
      { from: '2013-04-13', to: '2013-04-13', governorate: 'Aleppo', killed: null, wounded: 10 },
      { from: '2013-04-13', to: '2013-04-13', governorate: 'Idlib', killed: null, wounded: 5 },
    ]);
  });
});

describe('a toll shared out "as follows" gives each governorate its share as an incident', () => {
  it('"وتوزع القتلى على النحو التالي: N في X، وM في Y": the shares, told in Arabic-Indic digits', () => {
    expect(
      ingested(
        'حصيلة يوم الخميس',
        [
          'وثقت الشبكة مقتل ٣٠ مدنياً في سوريا يوم الخميس جراء قصف قوات النظام.',
          'وتوزع القتلى، الذين قضى معظمهم في منازلهم، على النحو التالي: ١٢ في محافظة حماة، و١٠ في محافظة درعا، و٨ في محافظة إدلب.',
        ],
        '2014-03-07',
      ),
    ).toEqual([
      { from: '2014-03-06', to: '2014-03-06', governorate: 'Hama', killed: 12, wounded: null },
      { from: '2014-03-06', to: '2014-03-06', governorate: 'Daraa', killed: 10, wounded: null },
      { from: '2014-03-06', to: '2014-03-06', governorate: 'Idlib', killed: 8, wounded: null },
    ]);
  });
});

describe("a count of the whole country risen with the items is their sum, no item's own", () => {
  it('"، وخمسة آخرون في X، ليرتفع عدد القتلى يوم الجمعة في سوريا إلى N": the last item keeps its five, the items take its day', () => {
    expect(
      ingested(
        'قتلى برصاص الأمن',
        [
          'وقتل تسعة أشخاص برصاص قوات الأمن في مدينة درعا، وخمسة آخرون في مدينة حماة، ليرتفع عدد القتلى يوم الجمعة في سوريا إلى 40 قتيلاً.',
        ],
        '2011-06-04',
      ),
    ).toEqual([
      { from: '2011-06-03', to: '2011-06-03', governorate: 'Daraa', killed: 9, wounded: null },
      { from: '2011-06-03', to: '2011-06-03', governorate: 'Hama', killed: 5, wounded: null },
    ]);
  });
});
