// Rules of the day and the place of an incident (issue 12, the dates of unseen probes), each on text written for it.
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/intake/ingest.js';

/** Each drafted incident's day (or span), killed and wounded. */
const drafted = (paragraphs: string[], published: string) => {
  const result = ingest(paragraphs.join('\n\n'), { published });
  if (!result.ok) throw new Error(result.error);
  return result.draft.incidents.map((x) => ({
    date: x.date.from === x.date.to ? x.date.from : `${x.date.from}~${x.date.to}`,
    killed: x.killed,
    wounded: x.wounded,
  }));
};

/** Each drafted incident's governorate and killed. */
const placed = (paragraphs: string[], published: string) => {
  const result = ingest(paragraphs.join('\n\n'), { published });
  if (!result.ok) throw new Error(result.error);
  return result.draft.incidents.map((x) => ({ governorate: x.place.governorate?.en, killed: x.killed }));
};

describe('the day of an operation a release leads with', () => {
  it('"On April 3, … conducted a sweep operation": the strikes told after it is of that day', () => {
    expect(
      drafted(
        [
          'Iraqi forces strike militants in Diyala',
          'BAGHDAD – On April 3, Iraqi police and soldiers conducted a sweep operation in the farmland north of Khanaqin, Diyala province. Air strikes destroyed two hideouts and killed an estimated three gunmen.',
        ],
        '2017-04-06',
      ),
    ).toEqual([{ date: '2017-04-03', killed: 3, wounded: null }]);
  });
});

describe('"later that day"', () => {
  it('"Later that day, a roadside bomb wounded four": of the day told before, not the release\'s', () => {
    expect(
      drafted(
        [
          'Two incidents near Tuz Khurmatu',
          'TIKRIT, Iraq – Soldiers detained four suspects in a village south of Tuz Khurmatu, May 1.',
          'In a separate incident early May 2, a gunman shot dead a shop owner in the market of Tuz Khurmatu.',
          'Later that day, a roadside bomb wounded four policemen on the road between Tuz Khurmatu and Tikrit.',
        ],
        '2010-05-04',
      ),
    ).toEqual([
      { date: '2010-05-02', killed: 1, wounded: null },
      { date: '2010-05-02', killed: null, wounded: 4 },
    ]);
  });
});

describe('"Dumeir", the wire spelling of al-Dumayr', () => {
  it('"at a checkpoint outside Dumeir": the town in Rif Dimashq, not the capital the dateline names', () => {
    expect(
      placed(
        [
          'Bomb hits army post east of the capital',
          'DAMASCUS, Syria (AP) - A car bomb exploded at an army checkpoint outside Dumeir on Sunday, killing two soldiers, activists said.',
        ],
        '2016-05-02',
      ),
    ).toEqual([{ governorate: 'Rif Dimashq', killed: 2 }]);
  });
});
