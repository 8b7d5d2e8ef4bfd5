// Rules from the fixsplito round (issue 12: one event drafted twice, in the older batches), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';
import { ingest } from '../../src/intake/ingest.js';

/** Each drafted incident's day, killed and wounded. */
const drafted = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null }).map(
    (x) => ({ from: x.date.from, killed: x.killed, wounded: x.wounded }),
  );

describe('one telling gives only the dead the other gives with its wounded: one event', () => {
  it('"The toll rose to six", then a source\'s "six killed and 14 wounded": the same event, with its wounded', () => {
    expect(
      drafted(
        [
          'The death toll from a car bomb that struck a bus station in the town of Azaz in Aleppo province on Friday has risen to six, a local official said on Saturday.',
          'A car bomb parked near the bus station in Azaz killed six people and wounded 14 on Friday, a doctor at the town hospital said.',
        ],
        'en',
        '2018-03-10',
      ),
    ).toEqual([{ from: '2018-03-09', killed: 6, wounded: 14 }]);
  });
});

describe('the event named again with a day inside the span its first telling gave is that event, on that day', () => {
  it('"…in a raid earlier this week", then "The raid, which took place on Wednesday, …": one raid, on Wednesday', () => {
    expect(
      drafted(
        [
          'Iraqi troops killed three Islamic State militants in a raid earlier this week on a hideout near the town of Hit in Anbar province, the army said on Friday.',
          'The raid, which the army said took place on Wednesday, targeted a farmhouse the group used to store rockets.',
        ],
        'en',
        '2019-10-04',
      ),
    ).toEqual([{ from: '2019-10-02', killed: 3, wounded: null }]);
  });
});

describe('wounded "in the exchange of fire": the fight just told, by what it was', () => {
  it('"One soldier was wounded in the exchange of fire" after a raid: more of that raid', () => {
    expect(
      drafted(
        [
          'Iraqi troops killed three Islamic State militants in a raid on a hideout near the town of Hit in Anbar province on Wednesday, the army said.',
          'One soldier was wounded in the exchange of fire, the statement said.',
        ],
        'en',
        '2019-10-04',
      ),
    ).toEqual([{ from: '2019-10-02', killed: 3, wounded: 1 }]);
  });
});

describe('a count of the caught is a figure, even where the event has as many wounded', () => {
  it('"arrested two others" beside "two fighters were wounded": 2 stays a key figure', () => {
    const result = ingest(
      'Raid in Hasakah\n\nKurdish forces killed three gunmen and arrested two others in a raid on a house in the town of Shaddadi in Hasakah province on Monday, the forces said.\n\nTwo Kurdish fighters were wounded in the exchange of fire, the statement added.',
      { published: '2019-10-08' },
    );
    expect(result.ok && result.draft.figures.map((f) => f.value)).toContain(2);
  });
});
