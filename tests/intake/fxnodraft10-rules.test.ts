// Rules from the fxnodraft10 round (issue 12, gold incidents never drafted, and dates and places):
// each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a town spelt as wire copy spells it: Suwayra, in Wasit', () => {
  it('"…wounded three in Suwayra, 50 km south of Baghdad": Wasit, not Baghdad', () => {
    expect(
      ingested(
        'Bomb hits police in Iraq',
        [
          'A roadside bomb wounded three policemen on Tuesday in Suwayra, 50 km (30 miles) south of Baghdad, police said.',
        ],
        '2010-03-03',
      ),
    ).toEqual([{ from: '2010-03-02', to: '2010-03-02', governorate: 'Wasit', killed: null, wounded: 3 }]);
  });
});
