// Rules from the fxroundups11 round (issue 12, roundup items): a province's toll "in recent violence"
// sums the items after it only where each is told at a spot of its own in the province: a sentence
// back at the spot of the item before tells more of that item, and one set "In Lebanon, …" is none
// of the province's; on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('a province\'s toll "in recent violence": its items at spots of their own', () => {
  it('a sentence at the spot of the item before is more of that item', () => {
    expect(
      ingested(
        'Aleppo roundup: 12 killed in recent violence',
        [
          'At least 12 people were killed and 9 wounded across the eastern suburbs of Aleppo in recent violence. Talks on a truce stalled.',
          'In Tal Rifaat, gunmen killed a pharmacist outside his shop.',
          'Two shells struck Anadan, wounding three women.',
          'Army artillery shelled al-Bab; no casualties were reported.',
          'In al-Bab, villagers found the bodies of four men in a well.',
        ],
        '2016-05-10',
      ).length,
    ).toBe(3);
  });

  it('an item told "In Lebanon, …" is none of the province\'s', () => {
    expect(
      ingested(
        'Homs roundup: 12 killed in recent violence',
        [
          'At least 12 people were killed and 9 wounded in the Homs countryside in recent violence. Talks on a truce stalled.',
          'In Talbiseh, gunmen killed a pharmacist outside his shop.',
          'In al-Qusayr, shelling killed or wounded five people.',
          'In Lebanon, a roadside bomb wounded three soldiers near Qaa.',
        ],
        '2016-05-10',
      ).length,
    ).toBe(2);
  });
});
