// "Later, … the toll had risen to three": a time word before a toll's update opens no other event.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';

const incidents = (raw: string) => {
  const result = ingest(raw, { published: '2021-09-13' });
  if (!result.ok) throw new Error(result.error);
  return result.draft.incidents?.map((x) => [x.place.governorate?.en, x.killed, x.wounded]);
};

const article = (last: string) =>
  [
    "Bomb kills three policemen in Iraq's Diyala",
    '',
    'BAQUBA, Iraq (Reuters) - Two policemen were killed on Monday when a roadside bomb hit their patrol in the town of Khalis in Diyala province, a security source said.',
    '',
    'The blast near the Khalis market killed two of the policemen and wounded five others, the source said.',
    '',
    last,
  ].join('\n');

describe('a toll updated after "Later,"', () => {
  it('is the event just told, at its new figure, the wounded who died moved to the dead', () => {
    expect(
      incidents(
        article(
          'Later, a medical source at Khalis General Hospital said the toll had risen to three dead after one of the wounded died.',
        ),
      ),
    ).toEqual([['Diyala', 3, 4]]);
  });

  it('"Later," before an event of its own still opens another incident', () => {
    expect(
      incidents(article('Later, a bomb exploded near a police station in Baquba, killing one policeman.')),
    ).toEqual([
      ['Diyala', 2, 5],
      ['Diyala', 1, null],
    ]);
  });
});
