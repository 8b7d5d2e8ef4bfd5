// Tolls read from unseen probes (issue 12): revised, set against another source's, summed in a headline;
// each rule on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';

/** Each drafted incident's killed and wounded. */
const tolls = (paragraphs: string[], published: string) => {
  const result = ingest(paragraphs.join('\n\n'), { published });
  return result.ok ? result.draft.incidents.map((x) => [x.killed, x.wounded]) : null;
};

describe('an earlier toll the item itself revised', () => {
  it('"In Homs, … revising an earlier toll of five": a new item, not the count the event before had', () => {
    expect(
      tolls(
        [
          'Rebels shell army posts near Hama',
          'HAMA, Syria, March 3 (Xinhua) -- Rebels fired rockets at an army post near Hama on Monday, wounding three soldiers, a military source said.',
          'In Homs, at least 12 people were killed and 30 others wounded when a car bomb went off near a busy market on Monday, state media said, revising an earlier toll of five.',
        ],
        '2014-03-03',
      ),
    ).toEqual([
      [null, 3],
      [12, 30],
    ]);
  });
});
