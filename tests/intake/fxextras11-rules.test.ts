// Rules from the fxextras11 round (issue 12, extra drafts): a fight told as a night, then again on one
// day of that night at the same place, is one fight; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a fight told overnight, then on one day of the night: one fight', () => {
  it('"clashed overnight … west of Tal Rifaat", then "repelled an attack … that began late Friday, killing 12"', () => {
    expect(
      ingested(
        'Rebels and Kurdish fighters clash near Tal Rifaat',
        [
          'Turkey-backed rebels clashed overnight with Kurdish-led fighters west of the town of Tal Rifaat in Aleppo province, leaving fighters dead on both sides, officials said Saturday.',
          'The Kurdish-led force said its fighters repelled an attack on Tal Rifaat that began late Friday, killing 12 attackers.',
        ],
        '2018-05-12',
      ),
    ).toEqual([{ from: '2018-05-11', to: '2018-05-12', governorate: 'Aleppo', killed: 12, wounded: null }]);
  });
});
