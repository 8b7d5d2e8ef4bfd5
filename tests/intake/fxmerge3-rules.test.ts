// Rules found on roundup items lost or misdated, and events merged or split (issue 12, fixer fxmerge3):
// a body found days after the victim went missing, an undated roundup item.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"عثر على جثة … بعد ثلاثة أيام من اختفائه": days counted from the victim going missing', () => {
  it('does not date the body found that many days before the item told before it', () => {
    expect(
      ingested(
        'حصاد أمني في صلاح الدين',
        [
          'شهدت محافظة صلاح الدين خلال الساعات الماضية عدة حوادث أمنية، وفي ما يلي أبرزها:',
          '• مساء أمس الأحد: قتل جنديان بانفجار عبوة ناسفة على دوريتهم قرب قضاء بيجي.',
          '• عثرت قوة من الشرطة على جثة فلاح مقتول بطلق ناري في منطقة زراعية قرب قضاء الشرقاط، بعد ثلاثة أيام من اختفائه.',
        ],
        '2018-03-12',
      ),
    ).toEqual([
      { from: '2018-03-11', to: '2018-03-11', governorate: 'Salahuddin', killed: 2, wounded: null },
      { from: '2018-03-11', to: '2018-03-11', governorate: 'Salahuddin', killed: 1, wounded: null },
    ]);
  });
});
