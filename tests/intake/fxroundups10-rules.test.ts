// Rules from the fxroundups10 round (issue 12, roundup items with no draft of their own): a lead
// that tells a province's toll "in recent violence" and goes on counting in its paragraph still sums
// the items after it, so an item at a village the gazetteer lacks is one of them, not more of the
// item before; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a province\'s toll "in recent violence", its paragraph counting on: a roundup lead', () => {
  it('the item at an unknown village with the toll of the item before is an item of its own', () => {
    expect(
      ingested(
        'Diyala roundup: six killed in recent violence',
        [
          'At least six people were killed in recent violence in Diyala province. Three more were killed or wounded, and police found a weapons cache:',
          'Security forces raided a hideout near Muqdadiya, killing three militants.',
          'Three farmers were killed when a roadside bomb went off near Umm Zabaa.',
        ],
        '2021-03-10',
      ),
    ).toEqual([
      { from: '2021-03-10', to: '2021-03-10', governorate: 'Diyala', killed: 3, wounded: null },
      { from: '2021-03-10', to: '2021-03-10', governorate: 'Diyala', killed: 3, wounded: null },
    ]);
  });
});
