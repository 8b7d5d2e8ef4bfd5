// Rules found on the casualty misses left in the older open batches (issue 12), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's dead and wounded. */
const tolls = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null }).map(
    (x) => ({ killed: x.killed, wounded: x.wounded }),
  );

describe('the day of a date is not a count', () => {
  it('"وأصيب آخرون، يوم الأحد ١٥ من آذار": others wounded, no fifteen', () => {
    expect(
      tolls(
        ['قتل ثلاثة مدنيين وأصيب آخرون، يوم الأحد ١٥ من آذار، بقصف مدفعي على بلدة معرة النعمان جنوبي إدلب.'],
        'ar',
        '2020-03-15',
      ),
    ).toEqual([{ killed: 3, wounded: null }]);
  });

  it('"وأصيب آخرون فجر السبت 4 نيسان": others wounded, no four', () => {
    expect(
      tolls(
        ['قتل شرطي وأصيب آخرون فجر السبت 4 نيسان بانفجار عبوة ناسفة في سوق قضاء الخالص بمحافظة ديالى.'],
        'ar',
        '2020-04-04',
      ),
    ).toEqual([{ killed: 1, wounded: null }]);
  });
});
