// Rules of where and when an event happened (issue 12, the places and dates of the e–h probes), each
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { ingested } from '../support/tolls.js';

describe('the day told after "the first such … since" is what the news is ranked against', () => {
  it('"the first such attack since the army crossed … two months ago": the blow keeps its own weekday', () => {
    expect(
      ingested(
        'Soldiers killed in mortar attack',
        [
          'Four soldiers were killed and nine wounded by mortar fire on their base near the town of Azaz, the army said, the first such deadly attack since its troops crossed the border two months ago.',
          'The shells hit the base early on Tuesday, the army said in a statement.',
        ],
        '2016-10-20',
      ),
    ).toEqual([{ from: '2016-10-18', to: '2016-10-18', governorate: 'Aleppo', killed: 4, wounded: 9 }]);
  });
});
