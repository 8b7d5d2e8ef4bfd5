// Rules from the fxcounts34 round (issue 12, counts lost to a period-total flag): the bare fighting's
// toll so far, split between its two sides in tens, is the toll of the fight the article tells, not
// a war's; each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested, tolls } from '../support/tolls.js';

describe("a fight's toll so far, told by its two sides", () => {
  it('"the fighting has killed at least 12 soldiers and more than 15 militants": the fight\'s 27', () => {
    expect(
      ingested(
        'Militants storm villages near Manbij',
        [
          'Islamic State militants stormed two villages near Manbij on Tuesday, killing dozens of fighters, a monitor said on Thursday.',
          'The fighting has killed at least 12 soldiers and more than 15 militants, the monitor said.',
        ],
        '2016-06-02',
        'en',
      ),
    ).toEqual([{ from: '2016-05-31', to: '2016-05-31', governorate: 'Aleppo', killed: 27, wounded: null }]);
  });

  it("a campaign's toll in hundreds stays a total", () => {
    expect(
      tolls(
        [
          'The offensive, launched in March, has seen troops retake much of the province.',
          'A monitor says the fighting has killed 410 soldiers and 520 militants.',
        ],
        'en',
        '2019-10-20',
      ),
    ).toEqual([]);
  });
});
