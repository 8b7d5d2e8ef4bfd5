// Rules added on the opened probe-zc, probe-zd, probe-zf and probe-zg (issue 12): who and how many a clause
// counts, each on an example written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published = '2022-05-10') =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });
const tolls = (paragraphs: string[], lang: 'ar' | 'en') =>
  run(paragraphs, lang).map((x) => ({ killed: x.killed, wounded: x.wounded }));

describe('a name given by its initials in brackets', () => {
  it('does not end the sentence at the initial\'s dot: "(م. ع) مساء أمس" dates the killing', () => {
    expect(
      run(
        ['اغتال مسلحون مجهولون الناشط (م. ع) مساء أمس الاثنين قرب منزله في حي الجمهورية بمدينة الموصل.'],
        'ar',
      ).map((x) => ({ killed: x.killed, date: x.date.from })),
    ).toEqual([{ killed: 1, date: '2022-05-09' }]);
  });
});

describe('", إذ" after a count of attacks so far', () => {
  it('reads the earlier attack it recalls as an incident of its own', () => {
    expect(
      run(
        [
          'قتل صياد وأصيب آخر بانفجار عبوة ناسفة قرب بحيرة الثرثار صباح اليوم الثلاثاء.',
          'وهذا ثاني هجوم يستهدف الصيادين في المنطقة منذ بداية الشهر الجاري، إذ قتل صياد في الثالث من أيار بانفجار عبوة مماثلة في قضاء الدجيل.',
        ],
        'ar',
      ).map((x) => ({ killed: x.killed, wounded: x.wounded, date: x.date.from })),
    ).toEqual([
      { killed: 1, wounded: 1, date: '2022-05-10' },
      { killed: 1, wounded: null, date: '2022-05-03' },
    ]);
  });
});
