// Rules found on both sides' dead of one fight told apart (issue 12, fixer fxclash6): a monitor's
// tally of both sides, armed men first, as one passive's subject with no fight word in the clause.
// Each on sentences written for it.
import { describe, expect, it } from 'vitest';
import { draftedIncidents } from '../support/tolls.js';

const tolls = (paragraphs: string[], published: string) =>
  draftedIncidents(paragraphs.join('\n\n'), published).map((x) => [x.killed, x.attackersKilled ?? null]);

describe('"21 jihadist and rebel fighters and nine government troops were killed": both sides tallied', () => {
  it('sums the armed men and the troops counted after them as the toll of the fight', () => {
    expect(
      tolls(
        [
          'Army advances on rebel-held town in Daraa',
          'Syrian government troops advanced on the town of Nawa in Daraa province on Wednesday after days of heavy fighting.',
          'A war monitor said 21 jihadist and rebel fighters and nine government troops were killed over the day around the town.',
        ],
        '2019-06-06',
      ),
    ).toEqual([[30, null]]);
  });

  it('sums them when the other side is counted as policemen', () => {
    expect(
      tolls(
        [
          'Police push into insurgent district of Tuz Khurmatu',
          'Iraqi police moved into a district of Tuz Khurmatu in Salahuddin province on Friday after a week of fighting.',
          'A local official said seven insurgents and three policemen were killed around the district on Friday.',
        ],
        '2017-03-11',
      ),
    ).toEqual([[10, null]]);
  });
});
