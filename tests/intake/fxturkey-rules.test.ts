// Rules from the fxturkey round (issue 12): Turkish strikes on the PKK in Iraqi Kurdistan, told
// first by the region only and placed a sentence later; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

describe('the blows told again with when they fell, then what they hit, place the event', () => {
  it('"The raids early on Friday struck …": the lead told only the region', () => {
    expect(
      incidents(
        [
          "Turkish warplanes bombed suspected PKK hideouts in Iraq's Kurdistan region overnight, wounding three shepherds, a local mayor said on Friday.",
          'The raids early on Friday struck the hills near Zakho in Dohuk province, the mayor said.',
        ],
        'en',
        '2017-03-10',
      ),
    ).toEqual([{ from: '2017-03-09', to: '2017-03-10', governorate: 'Duhok', killed: null, wounded: 3 }]);
  });

  it('"The strikes late on Wednesday hit …": the lead told only the region', () => {
    expect(
      incidents(
        [
          "Turkish jets struck PKK positions in northern Iraq's Kurdistan region overnight, killing a farmer, officials said on Thursday.",
          'The strikes late on Wednesday hit the valley south of Sidakan in Erbil province, according to a district official.',
        ],
        'en',
        '2019-06-06',
      ),
    ).toEqual([{ from: '2019-06-05', to: '2019-06-06', governorate: 'Erbil', killed: 1, wounded: null }]);
  });
});
