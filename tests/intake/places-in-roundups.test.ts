import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../src/intake/incidents.js';
import { splitSentences } from '../../src/intake/sentences.js';
import { resolvePlace } from '../../src/places/resolve.js';

const run = (paragraphs: string[], lang: 'ar' | 'en', published: string) =>
  extractIncidents(splitSentences(paragraphs, lang), { lang, published, resolvePlace, titlePlace: null });

describe('a roundup: one item per paragraph', () => {
  it('a new paragraph at another town of the same governorate is another event, even with no toll', () => {
    const incidents = run(
      [
        'Turkish drones killed four fighters near Batifa on Monday.',
        'Armed men attacked a police post in Sumel on Monday.',
      ],
      'en',
      '2023-06-06',
    );
    expect(incidents.map((x) => [x.place.governorate?.en, x.place.district?.en, x.killed])).toEqual([
      ['Duhok', 'Zakho', 4],
      ['Duhok', 'Sumel', null],
    ]);
  });

  it('the same spot told again in other words stays one event', () => {
    const incidents = run(
      [
        'أفاد مصدر أمني بمقتل شخصين بنزاع عشائري شرقي مدينة الناصرية يوم السبت.',
        'وقال المصدر إن شخصين قتلا جراء النزاع الذي اندلع شرقي الناصرية.',
      ],
      'ar',
      '2023-06-04',
    );
    expect(incidents).toHaveLength(1);
  });
});
