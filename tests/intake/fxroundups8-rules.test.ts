// Rules from the fxroundups8 round (issue 12, roundup items): a bulleted item that tells a toll of
// its own, though it names no blow, is the next item after a bulleted one; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a bulleted item that names no blow but a toll of its own, after a bulleted item: the next item', () => {
  it('"• مقتل ٤ جنود برصاص قناص" after "• إصابة ٥ مقاتلين بانفجار لغم"', () => {
    expect(
      ingested(
        'حصاد ٢٤ ساعة في ريف إدلب',
        [
          'رصد المراسلون خلال الساعات الأربع والعشرين الماضية مقتل ٤ أشخاص وإصابة ٥ آخرين في ريف إدلب الجنوبي. وجاءت أبرز الأحداث كما يلي:',
          '• إصابة ٥ مقاتلين بانفجار لغم أرضي قرب مدينة خان شيخون.',
          '• مقتل ٤ جنود برصاص قناص على جبهة التلال.',
        ],
        '2019-03-10',
      ),
    ).toEqual([
      { from: '2019-03-09', to: '2019-03-10', governorate: 'Idlib', killed: null, wounded: 5 },
      { from: '2019-03-09', to: '2019-03-10', governorate: 'Idlib', killed: 4, wounded: null },
    ]);
  });
});
