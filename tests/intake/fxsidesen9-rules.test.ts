// Rules found on English fights whose two sides' dead are told apart (issue 12, fixer fxsidesen9):
// a tally of both sides told as the fight's absolute phrase, "with N soldiers … and M rebels killed".
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedTolls } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) => draftedTolls(paragraphs, published, 'en');

describe('"…, with 14 soldiers and allied militiamen and 19 rebels killed": a verbless tally of both sides', () => {
  it('sums both sides told after "with"', () => {
    expect(
      tolls(
        [
          'Fighting rages north of Hama',
          'Fighting has raged since Monday around the villages of Taybat al-Imam and Souran in Hama province, with at least 14 soldiers and allied militiamen and 19 rebels killed, a monitoring group said.',
        ],
        '2018-03-14',
      ),
    ).toEqual([[33, null, null]]);
  });

  it('sums the armed men told first too', () => {
    expect(
      tolls(
        [
          'Fighting rages north of Hama',
          'Clashes went on for a second day on Tuesday near Souran in Hama province, with 19 jihadists and 14 government troops killed, a monitoring group said.',
        ],
        '2018-03-14',
      ),
    ).toEqual([[33, null, null]]);
  });

  it('does not take a verbless tally not opened by "with"', () => {
    expect(
      tolls(
        [
          'Fighting rages north of Hama',
          'Fighting raged on Tuesday around Souran in Hama province, leaving 14 soldiers and allied militiamen and 19 rebels killed, a monitoring group said.',
        ],
        '2018-03-14',
      ),
    ).not.toEqual([[33, null, null]]);
  });
});
