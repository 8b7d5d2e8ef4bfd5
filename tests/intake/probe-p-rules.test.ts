// General rules found on probe-p's misses (issue 12), each on an example written for it.
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

describe('a day of the month told as a compound ordinal', () => {
  it.each([
    ['الثالث والعشرين', '2021-03-23'],
    ['السابع عشر', '2021-03-17'],
  ])('"في %s من آذار الماضي" is that day', (ordinal, day) => {
    const got = run(
      [`وكان سوق مدينة بعقوبة قد تعرض في ${ordinal} من آذار الماضي لتفجير أدى إلى مقتل 12 شخصاً.`],
      'ar',
      '2021-04-10',
    );
    expect(got.map((x) => [x.date?.from, x.date?.to, x.killed])).toEqual([[day, day, 12]]);
  });
});

describe('one of the wounded, told who they were between commas, who died later', () => {
  it('moves from the wounded to the dead', () => {
    const got = run(
      [
        'A mortar shell killed two civilians and wounded six in the town of Mhardeh in Hama province on Tuesday.',
        'One of the injured, a 12-year-old boy, later died in hospital, raising the death toll to three.',
      ],
      'en',
      '2021-09-14',
    );
    expect(got.map((x) => [x.place.governorate?.en, x.killed, x.wounded])).toEqual([['Hama', 3, 5]]);
  });
});

describe('where the doers are based', () => {
  it.each([
    ['إرهابيون من التنظيمات المنتشرة في ريف إدلب الجنوبي أطلقوا قذائف صاروخية على مدينة السقيلبية', 'ar'],
    ['Militants stationed in southern Idlib fired rockets at the town of Suqaylabiyah.', 'en'],
  ] as const)('is not the place of the blow: %s', (sentence, lang) => {
    expect(resolvePlace(sentence, lang)?.governorate?.en).toBe('Hama');
  });
});
