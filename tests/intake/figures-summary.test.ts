import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/intake/figures/figures.js';
import { PHRASES } from '../../src/intake/drafts/phrases.js';
import { splitSentences } from '../../src/intake/article/sentences.js';
import { rankSentences, summarize } from '../../src/intake/drafts/summary.js';

const figures = (text: string, lang: 'ar' | 'en', published: string) =>
  extractFigures(splitSentences([text], lang), { lang, published, phrases: PHRASES, incidents: [] });

describe('extractFigures', () => {
  it.each([
    ['تمتد صحراء الأنبار على مساحة تقارب 138 ألف كيلومتر مربع منذ إعلان هزيمته عام 2017.', 'ar', [138000]],
    // years say when, never how many; a year-like number with its counted noun is a count
    ['The group took the city in 2014 and lost it by 2019.', 'en', []],
    ['وكان آخر إحصاء قد جرى سنة 1997، ولم يجر إحصاء 2010.', 'ar', []],
    ['The war that began in March 2003 displaced 1,200 families.', 'en', [1200]],
    ['About 2000 fighters remain, against 1950 people who fled.', 'en', [2000, 1950]],
    // a date or a time written in digits is a stamp, not a figure
    ['Posted 03.11.2021 14:05, updated 2021/11/04: 350 families returned.', 'en', [350]],
    ['عدد سكان البلاد تجاوز 41 مليون نسمة، ونسبة سكان المدن نحو 70 في المئة.', 'ar', [41e6, 70]],
    ['قال يوم أمس السبت (31 تشرين الأول 2020) إن 40 ألف مقاتل سيطروا قبل خمس سنوات.', 'ar', [40000]],
    ['More than 12 years of war; some 10.2 million people live in contaminated areas.', 'en', [12, 10.2e6]],
    ['Separately, on March 7, gunmen attacked a bus.', 'en', []],
  ] as const)('%s', (text, lang, values) => {
    expect(figures(text, lang, '2021-10-04').map((f) => f.value)).toEqual(values);
  });

  it('gives unit, approximation and a caption in the other language where the tables know it', () => {
    const [area] = figures('على مساحة تقارب 110 آلاف كيلومتر مربع.', 'ar', '2020-11-01');
    expect(area).toMatchObject({
      value: 110000,
      approximate: true,
      unit: 'km²',
      label: { en: 'area (km²)' },
    });
    expect(area?.label.ar).toContain('مساحة');
    const [percent] = figures('نسبة سكان المدن تبلغ نحو 70 في المئة.', 'ar', '2021-09-27');
    expect(percent).toMatchObject({ unit: '%', label: { en: 'per cent' } });
  });
});

describe('summarize', () => {
  const sentences = splitSentences(
    [
      'Two children were killed on Saturday when ordnance blew up near al-Bab.',
      'The children had been collecting scrap metal near al-Bab, the team said.',
      'Separately, gunmen attacked a bus east of Homs, killing nine people.',
      'The weather was mild.',
      'Ordnance near al-Bab has killed children before, the team said.',
    ],
    'en',
  );

  it('gives 3 to 6 bullets in article order, lead included', () => {
    const bullets = summarize('Ordnance kills two children', sentences, 'en');
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets.length).toBeLessThanOrEqual(6);
    expect(bullets[0]).toBe(sentences[0]?.text);
    const positions = bullets.map((b) => sentences.findIndex((s) => s.text === b));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('takes the sentence of each incident even when the ranking would not', () => {
    const bullets = summarize('Ordnance kills two children', sentences, 'en', [], [0, 3]);
    expect(bullets).toContain('The weather was mild.');
    expect(bullets[0]).toBe(sentences[0]?.text);
  });

  it('ranks connected sentences above an isolated one', () => {
    const scores = rankSentences(sentences.map((s) => s.text));
    expect(scores[3]).toBeLessThan(scores[1]!);
  });

  it('drops a near-duplicate', () => {
    const dup = splitSentences(
      [
        'ISIS attacked a post in Anbar killing three.',
        'ISIS attacked a post in Anbar, killing three.',
        'Search operations began.',
        'The army sent reinforcements.',
      ],
      'en',
    );
    const bullets = summarize('Attack in Anbar', dup, 'en');
    expect(bullets.filter((b) => b.startsWith('ISIS attacked'))).toHaveLength(1);
  });

  it('still gives three bullets for a two-sentence article', () => {
    expect(
      summarize(
        'Title',
        splitSentences(['One thing happened, and then another, while a third.', 'Done.'], 'en'),
        'en',
      ).length,
    ).toBeGreaterThanOrEqual(3);
  });
});
