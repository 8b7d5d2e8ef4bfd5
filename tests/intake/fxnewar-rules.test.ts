// Rules from the fxnewar round (issue 12, the Arabic misses of probe-zzs…zzx), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

/** Each drafted incident's killed and wounded. */
const tolls = (paragraphs: string[], published: string) =>
  extractIncidents(splitSentences(paragraphs, 'ar'), {
    lang: 'ar',
    published,
    resolvePlace,
    titlePlace: null,
  }).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('kin joined to a casualty pronoun after how soon it came are dead with him', () => {
  it('"ما أدى إلى مقتله في الحال وشقيقه": he and his brother, two', () => {
    expect(
      tolls(
        [
          'فتح مسلحون مجهولون النار مساء أمس على سيارة موظف في قضاء الخالص بمحافظة ديالى، ما أدى إلى مقتله في الحال وشقيقه الأصغر، ولاذوا بالفرار.',
        ],
        '2022-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"أسفر عن مقتله على الفور وسائقه": he and his driver, two', () => {
    expect(
      tolls(
        [
          'انفجرت عبوة ناسفة صباح اليوم بعجلة ضابط في الشرطة قرب مدينة الرمادي، ما أسفر عن مقتله على الفور وسائقه.',
        ],
        '2022-04-12',
      ),
    ).toEqual([{ killed: 2, wounded: null }]);
  });

  it('"مقتله على الفور وإصابة اثنين": the wounded after how soon are no kin', () => {
    expect(
      tolls(
        [
          'انفجرت عبوة ناسفة صباح اليوم بعجلة ضابط في الشرطة قرب مدينة الرمادي، ما أسفر عن مقتله على الفور وإصابة اثنين من المارة.',
        ],
        '2022-04-12',
      ),
    ).toEqual([{ killed: 1, wounded: 2 }]);
  });
});
