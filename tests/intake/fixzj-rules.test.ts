// Rules from the fixzj round (issue 12, probe-zj's misses by their general cause), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's killed and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null }).map(
    (x) => ({ killed: x.killed, wounded: x.wounded }),
  );

describe('the event named again as the subject of what it caused is the same event', () => {
  it('"وأوضح شاهد أن الانفجار أدى أيضاً إلى إصابة…": more victims of the blast just told', () => {
    expect(
      tolls(
        [
          'قتل شرطيان بانفجار عبوة ناسفة استهدفت دوريتهما قرب بلدة الحراك في ريف درعا الشرقي، صباح اليوم.',
          'وأوضح شاهد عيان أن الانفجار أدى أيضاً إلى إصابة أربعة من المزارعين كانوا في حقل قريب.',
        ],
        'ar',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: 4 }]);
  });

  it('"The blast also left four farmers wounded": more victims of the blast just told', () => {
    expect(
      tolls(
        [
          'Two policemen were killed on Monday when a roadside bomb hit their patrol near the town of Tal Afar in Nineveh province.',
          'The blast also left four farmers wounded, a witness told reporters.',
        ],
        'en',
        '2021-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: 4 }]);
  });
});
