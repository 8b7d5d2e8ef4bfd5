// Rules from the fxcounten round (issue 12, English counts read wrong on a matched incident), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's killed and wounded. */
const tolls = (paragraphs: string[], published = '2021-04-12') =>
  extractIncidents(splitSentences(paragraphs, 'en'), {
    lang: 'en',
    published,
    resolvePlace,
    titlePlace: null,
  }).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('a number after "aged" is an age, not a count', () => {
  it('"a boy aged nine was wounded": one wounded', () => {
    expect(
      tolls([
        "A boy aged nine was wounded when a shell hit his family's house in Tal Rifaat, north of Aleppo.",
      ]),
    ).toEqual([{ killed: null, wounded: 1 }]);
  });

  it('"two girls aged six and ten were killed": two dead, neither age added', () => {
    expect(
      tolls([
        'Two girls aged six and ten were killed by regime shelling on Maarat al-Numan in Idlib province.',
      ]),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"a farmer aged about 60 was killed": one dead, the hedged age no count', () => {
    expect(
      tolls(['A farmer aged about 60 was killed by a roadside bomb near Baiji in Salahuddin province.']),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('digits with an ordinal ending name a unit, not how many', () => {
  it('"a sergeant from the 31st Marine Expeditionary Unit was killed": one dead', () => {
    expect(
      tolls([
        'A sergeant from the 31st Marine Expeditionary Unit was killed by rocket fire at a base near Makhmour.',
      ]),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});

describe('the group the counted belonged to may take a longer name before "and" joins one more', () => {
  it('"three members of the U.S.-backed Syrian Democratic Forces (SDF) and a shepherd": four dead', () => {
    expect(
      tolls([
        'A Turkish drone strike near Tal Tamr in Hasakah province killed three members of the U.S.-backed Syrian Democratic Forces (SDF) and a shepherd.',
      ]),
    ).toEqual([{ killed: 4, wounded: null }]);
  });
});
