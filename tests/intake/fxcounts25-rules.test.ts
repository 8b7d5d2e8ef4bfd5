// Rules from the fxcounts25 round (issue 12, how many a phrase names when it lists people): a
// family counted by its size, then who its members were told again after a dash; each on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a family counted by its size, its members told again after it: the size is the count', () => {
  it('"a family of four - a man, his wife and two of their children -" is four dead, not seven', () => {
    expect(
      ingested(
        'Family shot dead in Anbar',
        [
          'Gunmen shot dead a family of four - a man, his wife and two of their children - near the town of Heet in Anbar province on Saturday, police said.',
        ],
        '2020-05-10',
      ),
    ).toEqual([{ from: '2020-05-09', to: '2020-05-09', governorate: 'Anbar', killed: 4, wounded: null }]);
  });

  it('"a family of six, a farmer, his mother and four of his children," is six dead', () => {
    expect(
      ingested(
        'Shelling hits a farm in Idlib',
        [
          'Government shelling killed a family of six, a farmer, his mother and four of his children, on a farm outside the town of Saraqeb in Idlib province on Tuesday, a monitor said.',
        ],
        '2020-05-13',
      ),
    ).toEqual([{ from: '2020-05-12', to: '2020-05-12', governorate: 'Idlib', killed: 6, wounded: null }]);
  });

  it('"two Iraqi police officers" is still two: describing words before the noun are read past', () => {
    expect(
      ingested(
        'Bomb hits patrol in Kirkuk',
        ['A roadside bomb killed two Iraqi police officers in the city of Kirkuk on Monday, police said.'],
        '2020-05-12',
      ),
    ).toEqual([{ from: '2020-05-11', to: '2020-05-11', governorate: 'Kirkuk', killed: 2, wounded: null }]);
  });
});
