// Rules from the fixsplitn round (issue 12: one event drafted twice, in probe-zh…zm), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { ingest } from '../../src/intake/ingest.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's killed and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null }).map(
    (x) => ({ killed: x.killed, wounded: x.wounded }),
  );

describe('the span an ordinal ranks the event in is neither its date nor a span its toll sums', () => {
  it('"It was the third rocket attack on Idlib in four days": a remark on the event just told', () => {
    expect(
      tolls(
        [
          'Rockets fired by militants hit the town of Jisr al-Shughur in Idlib province on Tuesday, killing three civilians and wounding eight, local officials said.',
          'It was the third rocket attack on Idlib in four days.',
        ],
        'en',
        '2021-06-02',
      ),
    ).toEqual([{ killed: 3, wounded: 8 }]);
  });

  it('"…, the second Israeli attack on Syria in four days", then a monitor’s toll: one event in two sources’ figures', () => {
    const result = ingest(
      [
        "Israeli missiles hit Syria's Masyaf area, state media says",
        'DAMASCUS, June 2 (Reuters) - Israeli missiles struck targets near the town of Masyaf in Hama province late on Tuesday, Syrian state media said, the second Israeli attack on Syria in four days.',
        'The strikes killed three soldiers and wounded four, state news agency SANA quoted a military source as saying. The Syrian Observatory for Human Rights, a Britain-based war monitor, said the missiles hit an arms depot used by Iran-backed militias and put the death toll at six.',
      ].join('\n\n'),
      { published: '2021-06-02' },
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.draft.incidents.map((x) => ({ killed: x.killed, wounded: x.wounded }))).toEqual([
      { killed: 3, wounded: 4 },
    ]);
  });
});
