// Rules from the fxnodraft23 round (issue 12, drafts that match no gold): totals and background counts
// drafted as incidents; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { incidents } from '../support/tolls.js';

describe('a toll in the perfect brought up to the news from an onset days back, or over the month so far', () => {
  const blast = 'A car bomb killed four people at a market in Baquba on Sunday, police said.';
  it('"have been killed … since the bombing of … on March 3", said weeks later, is a total', () => {
    expect(
      incidents(
        [
          blast,
          'More than 900 people have been killed in reprisal attacks since the bombing of a mosque in Hilla on March 3, officials said.',
        ],
        'en',
        '2008-04-15',
      ),
    ).toEqual([{ from: '2008-04-13', to: '2008-04-13', governorate: 'Diyala', killed: 4, wounded: null }]);
  });
  it('"had been killed in the operation …, which began on …" a week back is the operation\'s total', () => {
    expect(
      incidents(
        [
          blast,
          'Officers said more than 60 militants had been killed in the operation to clear the orchards of Buhriz, which began on April 7, but the figure could not be verified.',
        ],
        'en',
        '2008-04-15',
      ),
    ).toEqual([{ from: '2008-04-13', to: '2008-04-13', governorate: 'Diyala', killed: 4, wounded: null }]);
  });
  it('"At least 23 have been killed in Baquba this month" is the month so far', () => {
    expect(
      incidents([blast, 'At least 23 have been killed in Baquba this month.'], 'en', '2008-04-15'),
    ).toEqual([{ from: '2008-04-13', to: '2008-04-13', governorate: 'Diyala', killed: 4, wounded: null }]);
  });
  it("a blow's running toll since its day two days back stays the blow", () => {
    expect(
      incidents(
        ['Eleven people have died since the bombing of a bus station in Baquba on Sunday, police said.'],
        'en',
        '2008-04-15',
      ),
    ).toEqual([{ from: '2008-04-13', to: '2008-04-13', governorate: 'Diyala', killed: 11, wounded: null }]);
  });
});
