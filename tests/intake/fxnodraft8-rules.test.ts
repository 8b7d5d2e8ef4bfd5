// Rules from the fxnodraft8 round (issue 12, gold incidents never drafted): the town wire copy calls
// "this town" is the dateline's where the title names none; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"in this town" under a dateline, the title naming no town', () => {
  it('"SAMARRA, Iraq (AP) -- A bomb went off … in this mostly Sunni city on Friday, killing four"', () => {
    expect(
      ingested(
        'Bomb kills four at a market in central Iraq',
        [
          'SAMARRA, Iraq (AP) -- A bomb hidden in a vegetable cart went off in this mostly Sunni city on Friday, killing four people and wounding 11, police said.',
          'No group claimed responsibility for the blast.',
        ],
        '2009-05-16',
      ),
    ).toEqual([{ from: '2009-05-15', to: '2009-05-15', governorate: 'Salahuddin', killed: 4, wounded: 11 }]);
  });
});
