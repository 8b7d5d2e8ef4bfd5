// Rules found on drafts that match no incident of the article (issue 12, fixer fxextras1): a
// dateline read as the event's place, totals over a period drafted as one event; each on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('"BAGHDAD // …": a dateline closed by a double slash', () => {
  it('is where the story was filed, not the place of the killing it tells', () => {
    expect(
      ingested(
        "Union leader gunned down in Iraq's Basra",
        [
          'BAGHDAD // A union leader was shot dead outside his office in the southern Iraqi town of Abu al-Khasib on Thursday, the second such killing this year.',
          'Police said the attackers fled in a car and no group claimed the killing.',
        ],
        '2021-03-12',
      ),
    ).toEqual([{ from: '2021-03-11', to: '2021-03-11', governorate: 'Basra', killed: 1, wounded: null }]);
  });
});
