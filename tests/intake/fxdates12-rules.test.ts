// Rules from the fxdates12 round (issue 12, dates and places of incidents): a lead that tells a
// campaign's deeds on days apart dates none of the items told under it; each on sentences written
// for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a lead that tells a campaign on days apart: its items are of none of those days', () => {
  it('"launched … airstrikes late on Monday night, and sent armoured units … on Thursday", then undated items', () => {
    expect(
      ingested(
        'Daily roundup: seven killed as offensive widens',
        [
          'The army launched an offensive with airstrikes on the villages of the Hamrin valley late on Monday night, and sent armoured units across the river into Diyala province on Thursday.',
          'Near Khanaqin, a roadside bomb killed four soldiers.',
          'Gunmen killed three farmers near Dibis, northwest of Kirkuk.',
        ],
        '2021-04-10',
      ),
    ).toEqual([
      { from: '2021-04-10', to: '2021-04-10', governorate: 'Diyala', killed: 4, wounded: null },
      { from: '2021-04-10', to: '2021-04-10', governorate: 'Kirkuk', killed: 3, wounded: null },
    ]);
  });
});
