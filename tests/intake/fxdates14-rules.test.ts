// Rules from the fxdates14 round (issue 12, dates and places): a quarter named after a province,
// told "X neighbourhood of <city>", is that city's quarter; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"the X neighbourhood of <city>" where X names only a province: the city’s quarter', () => {
  it('"… in al-Qadisiya neighborhood of west Mosul": Nineveh, not Qadisiyah', () => {
    expect(
      ingested(
        'Attacks across Iraq',
        [
          'MOSUL - Gunmen shot dead a shop owner outside his house in al-Qadisiya neighborhood of west Mosul on Sunday.',
        ],
        '2009-03-02',
      ),
    ).toEqual([{ from: '2009-03-01', to: '2009-03-01', governorate: 'Nineveh', killed: 1, wounded: null }]);
  });
});
