// Rules from the fxroundups7 round (issue 12, roundup items): a toll told unsplit, "killed or
// wounded six", has its casualties; an item at a town of its own after it, whose count does not add
// up to them, is another item; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('an item at a town of its own after a toll told unsplit: another item', () => {
  it('"Shelling killed or wounded six people in X", then "A sniper shot dead a farmer in Y"', () => {
    expect(
      ingested(
        'Syria Roundup: 12 Killed in Homs Province',
        [
          'At least 12 people were killed across Homs province on Thursday. Six more were killed or wounded:',
          'Regime warplanes struck the market of al-Qusayr, killing 12 civilians.',
          'Government shelling killed or wounded six people in Umm Sharshuh.',
          'A sniper shot dead a farmer in Kafr Nan, in the Talbiseh area.',
        ],
        '2017-04-08',
      ),
    ).toEqual([
      { from: '2017-04-06', to: '2017-04-06', governorate: 'Homs', killed: 12, wounded: null },
      { from: '2017-04-06', to: '2017-04-06', governorate: 'Homs', killed: null, wounded: null },
      { from: '2017-04-06', to: '2017-04-06', governorate: 'Homs', killed: 1, wounded: null },
    ]);
  });
});
