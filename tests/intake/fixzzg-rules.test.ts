// Rules added on the misses of probe-zzg (issue 12), each on examples written for it.
import { describe, expect, it } from 'vitest';
import { analyseClause } from '../../src/intake/clause.js';
import { extractIncidents } from '../../src/intake/incidents.js';
import { ingest } from '../../src/intake/ingest.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });
/** Each drafted incident's governorate, dead and wounded. */
const told = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  run(paragraphs, lang, published).map((x) => ({
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));
/** Each incident of the whole draft (title and body), as `told` gives it. */
const drafted = (title: string, paragraphs: string[], published: string) => {
  const result = ingest([title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { published });
  if (!result.ok) throw new Error(result.error);
  return result.draft.incidents.map((x) => ({
    governorate: x.place.governorate?.en ?? null,
    killed: x.killed,
    wounded: x.wounded,
  }));
};

describe('an earlier attack placed "in the same mountain range": where the one before was', () => {
  it('keeps the earlier attack as an incident of its own, in that governorate, when the lead names no place', () => {
    expect(
      told(
        [
          "Iraq's military said on Monday its jets had again hit Islamic State hideouts.",
          'The strikes in the Makhoul mountains of Salahuddin province on Sunday killed six militants, the statement said.',
          'Earlier this month, militants attacked an army post in the same mountain range, killing two soldiers and wounding another.',
        ],
        'en',
        '2021-05-18',
      ),
    ).toEqual([
      { governorate: 'Salahuddin', killed: 6, wounded: null },
      { governorate: 'Salahuddin', killed: 2, wounded: 1 },
    ]);
  });
});

