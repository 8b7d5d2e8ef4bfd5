// Rules found on drafts that should not exist (issue 12, fixer fxnodraft38): the dead of a campaign
// counted since its start are a total, not an event. Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

const rows = (title: string, paragraphs: string[], published: string) =>
  ingested(title, paragraphs, published).map((x) => [x.governorate, x.killed, x.wounded]);

describe('"have been killed in the battle for the city since then": a campaign total', () => {
  it('drafts only the day’s strike, not the dead of the battle', () => {
    expect(
      rows(
        'Air strike kills five near al-Bab',
        [
          'An air strike killed five civilians in the village of Qabasin, east of al-Bab, on Wednesday, a monitoring group said.',
          'Turkish-backed rebels began their push on al-Bab in December. The monitor says more than 800 people have been killed in the battle for al-Bab since then.',
        ],
        '2017-09-14',
      ),
    ).toEqual([['Aleppo', 5, null]]);
  });

  it('so with a siege, since the day it began', () => {
    expect(
      rows(
        'Shelling kills three in Eastern Ghouta',
        [
          'Shelling killed three people in Douma on Monday, rescuers said.',
          'Troops closed the last road into the enclave in March. At least 450 people have been killed in the siege of Douma since then, the monitor says.',
        ],
        '2017-11-21',
      ),
    ).toEqual([['Rif Dimashq', 3, null]]);
  });
});
