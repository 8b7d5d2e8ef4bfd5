// Rules found on both sides' dead of one fight told as two counts (issue 12, fixer fxclash17): a
// monitor's tally whose second count is hedged ("and at least seven soldiers"), or whose forces,
// told second, are "members of the regime forces" or named with their allies.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'en');

describe('"14 rebels and nine members of the regime forces were killed": a tally of both sides', () => {
  it('sums the forces told as members of them', () => {
    expect(
      tolls(
        [
          'Rebels push into Daraa districts',
          'The monitor said at least 14 rebels and nine members of the regime forces were killed on Tuesday as the insurgents tried to storm the Daraa al-Mahatta area.',
        ],
        '2016-05-04',
      ),
    ).toEqual([[23, null, null]]);
  });

  it('sums a hedged second count of forces and their allies', () => {
    expect(
      tolls(
        [
          'Rebels lose ground near Nawa',
          'The Observatory said 15 rebels and at least eight soldiers and allied militiamen were killed in the push into the town of Nawa on Tuesday.',
        ],
        '2016-05-04',
      ),
    ).toEqual([[23, null, null]]);
  });

  it('sums the forces counted first and a hedged count of armed men', () => {
    expect(
      tolls(
        [
          'Battle for the crossing',
          'The monitor said 17 soldiers and pro-government militiamen and at least nine rebels were killed on Tuesday in the fighting for the town of Nawa.',
        ],
        '2016-05-04',
      ),
    ).toEqual([[26, null, null]]);
  });
});
