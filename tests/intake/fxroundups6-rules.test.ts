// Rules from the fxroundups6 round (issue 12, roundup items and lead totals): a blow told before a
// rise of its campaign's dead keeps its own toll; a lead told of a countryside and of its city "itself"
// sums the items of both, and the first item it took in keeps its own toll, wounded or none; each
// paragraph of a roundup headed by its place is an item of its own; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents, ingested } from '../support/tolls.js';

describe("a rise of the campaign's dead told after a blow: the blow keeps its own toll", () => {
  it('"…، ما أدى إلى مقتل طفلين، لترتفع حصيلة قتلى الحملة إلى 14 قتيلاً"', () => {
    expect(
      incidents(
        [
          'استهدف قصف مدفعي بلدة كفرزيتا في ريف حماة الشمالي صباح اليوم الخميس، ما أدى إلى مقتل طفلين، لترتفع حصيلة قتلى الحملة إلى 14 قتيلاً.',
        ],
        'ar',
        '2019-05-09',
      ),
    ).toEqual([{ from: '2019-05-09', to: '2019-05-09', governorate: 'Hama', killed: 2, wounded: null }]);
  });
});

describe('a lead told of a countryside and of "the capital itself", the first item taken in', () => {
  it('sums the items of both governorates; the first keeps its one dead and no wounded', () => {
    expect(
      ingested(
        'Roundup: violence around the capital',
        [
          'At least four people were killed and five wounded in fresh violence in the countryside east of Damascus and in the capital itself, activists said.',
          'Douma: A sniper shot dead a woman near the main market, a local doctor said.',
          'Harasta: Three fighters were wounded by shelling on the edge of the town, activists said.',
          'Mezzeh: Mortar shells struck a residential street, killing three people and wounding two, state media said.',
        ],
        '2017-03-02',
      ),
    ).toEqual([
      { from: '2017-03-02', to: '2017-03-02', governorate: 'Rif Dimashq', killed: 1, wounded: null },
      { from: '2017-03-02', to: '2017-03-02', governorate: 'Rif Dimashq', killed: null, wounded: 3 },
      { from: '2017-03-02', to: '2017-03-02', governorate: 'Damascus', killed: 3, wounded: 2 },
    ]);
  });
});

describe('a paragraph headed by its place after one headed so: the next item of the roundup', () => {
  it('"تلعفر: اغتال مسلحون … نجل أحد الوجهاء", then "العياضية: قتل شرطي برصاص قناص"', () => {
    expect(
      ingested(
        'الحصاد الأمني في نينوى',
        [
          'شهدت محافظة نينوى خلال الساعات الماضية عدداً من الحوادث الأمنية، وفي ما يلي أبرزها:',
          'تلعفر: اغتال مسلحون مجهولون مساء أمس الأحد نجل أحد وجهاء العشائر قرب منزله في حي الخضراء وسط قضاء تلعفر.',
          'العياضية: قتل شرطي برصاص قناص من تنظيم داعش أثناء وجوده في نقطة حراسة شمال قضاء تلعفر.',
        ],
        '2018-04-09',
      ),
    ).toEqual([
      { from: '2018-04-08', to: '2018-04-08', governorate: 'Nineveh', killed: 1, wounded: null },
      { from: '2018-04-08', to: '2018-04-08', governorate: 'Nineveh', killed: 1, wounded: null },
    ]);
  });
});
