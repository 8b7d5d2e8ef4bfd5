// Rules found on places read wrong, so a drafted incident misses its gold one (issue 12, fixer
// fxplaces9): a town named after "central" ("in central Hit"); on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

/** Each incident the pipeline drafts of the article: its governorate, dead and wounded. */
const placed = (raw: string, published: string) =>
  draftedIncidents(raw, published).map((x) => ({
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));

describe('a town told by its centre', () => {
  it('"in central Hit, some 150 km west of Baghdad": the town, not the capital the distance is told from', () => {
    expect(
      placed(
        [
          'Policeman killed in roadside blast',
          '',
          'A roadside bomb planted on a main road in central Hit, some 150 km west of Baghdad, killed a policeman and wounded three passersby on Sunday, police said.',
        ].join('\n'),
        '2010-03-14',
      ),
    ).toEqual([{ governorate: 'Anbar', killed: 1, wounded: 3 }]);
  });
});
