// Rules of the fixzhk round (issue 12, probes zh and zk), each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents/incidents.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const drafted = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null }).map(
    (x) => ({
      country: x.place?.country,
      governorate: x.place?.governorate?.en,
      killed: x.killed,
      wounded: x.wounded,
    }),
  );

describe('a city quarter named like a district of another country is still the city just told', () => {
  it('"سقطت قذائف على حي الحمدانية": the quarter of Aleppo, not the Iraqi district of that name', () => {
    expect(
      drafted(
        [
          'قتل مدني وأصيب أربعة آخرون بسقوط قذائف هاون على حي الحمدانية في مدينة حلب صباح اليوم.',
          'وقال مصدر في الدفاع المدني إن القذائف سقطت على سوق شعبي في حي الحمدانية وألحقت أضرارا بعدد من المحال.',
        ],
        'ar',
        '2020-02-11',
      ),
    ).toEqual([{ country: 'SY', governorate: 'Aleppo', killed: 1, wounded: 4 }]);
  });
});

describe('a threat told with "and" glued to its verb is no event', () => {
  it('"ويهدد الجيش بشن هجوم": what may come, not a second incident', () => {
    expect(
      drafted(
        [
          'قتل جنديان بهجوم شنه مسلحون على نقطة تفتيش قرب قضاء تلعفر غربي الموصل فجر اليوم.',
          'ويهدد الجيش بشن عملية عسكرية واسعة في قضاء الحويجة غرب كركوك.',
        ],
        'ar',
        '2019-06-03',
      ),
    ).toHaveLength(1);
  });
});
