import { describe, expect, it } from 'vitest';
import { agoIn, translateLabel } from '../../src/intake/figures/figure-nouns.js';
import { extractFigures } from '../../src/intake/figures/figures.js';
import { PHRASES } from '../../src/intake/drafts/phrases.js';
import { splitSentences } from '../../src/intake/article/sentences.js';

const labels = (text: string, lang: 'ar' | 'en') =>
  extractFigures(splitSentences([text], lang), {
    lang,
    published: '2023-04-02',
    phrases: PHRASES,
    incidents: [],
  }).map((f) => f.label);

describe('translateLabel: the label in the other language, from the article’s own noun', () => {
  it.each([
    ['مقاتل من حزب العمال الكردستاني', 'ar', 'en', 'fighters of the PKK'],
    ['عنصر من داعش', 'ar', 'en', 'ISIS members'],
    ['عائلة نازحة', 'ar', 'en', 'families'],
    ['نازحين في المخيمات', 'ar', 'en', 'displaced people'],
    ['عدد المعتقلين', 'ar', 'en', 'detainees'],
    ['ISIS fighters', 'en', 'ar', 'مقاتلون من داعش'],
    ['displaced people', 'en', 'ar', 'نازحون'],
    ['the number of civilians', 'en', 'ar', 'مدنيون'],
    ['homes', 'en', 'ar', 'منازل'],
  ] as const)('%s (%s → %s) → %s', (label, from, to, expected) => {
    expect(translateLabel(label, from, to, PHRASES[to])).toBe(expected);
  });

  it('adds the time the count refers to, in the other language', () => {
    expect(translateLabel('مقاتل', 'ar', 'en', PHRASES.en, 'قبل ثلاث سنوات')).toBe('fighters (3 years ago)');
    expect(agoIn('two months ago', 'ar')).toBe('قبل 2 أشهر');
    expect(agoIn('a year ago', 'ar')).toBe('قبل عام');
  });

  it('gives nothing for a noun the table does not know: never a fragment', () => {
    expect(translateLabel('ورقة اقتراع', 'ar', 'en', PHRASES.en)).toBeNull();
    expect(translateLabel('were taken to', 'en', 'ar', PHRASES.ar)).toBeNull();
  });
});

describe('figure labels in the draft', () => {
  it('an Arabic figure gets an English noun phrase of what it counts', () => {
    expect(labels('عادت 1200 عائلة نازحة إلى قراها في سهل نينوى.', 'ar')[0]).toEqual({
      ar: 'عائلة نازحة',
      en: 'families',
    });
    expect(labels('وتضم المخيمات نحو 600 ألف نازح.', 'ar')[0]).toMatchObject({ en: 'displaced people' });
  });

  it('an English figure gets an Arabic one', () => {
    expect(labels('Some 4,000 ISIS fighters are held in the camps.', 'en')[0]).toEqual({
      en: 'ISIS fighters',
      ar: 'مقاتلون من داعش',
    });
  });

  it('"more" is not what is counted: the noun after it is', () => {
    expect(labels('Nine people died and 14 more were injured on the road.', 'en')).toContainEqual({
      en: 'people wounded',
      ar: 'جرحى',
    });
  });

  it('money and per cent with no noun of their own are said so, not left as the number', () => {
    expect(labels('The appeal asks for $250 million this year.', 'en')[0]).toEqual({
      en: 'US dollars',
      ar: 'دولار',
    });
    expect(labels('بلغت نسبة المشاركة 41%.', 'ar')[0]?.en).toBe('per cent');
  });
});

describe('distances', () => {
  it.each([
    ['The blast was 25 km southwest of the city, where 300 families live.', 'en', [300]],
    ['وقع الهجوم على بعد 12 كيلومترا من المدينة.', 'ar', []],
    // an area is a measure of what is held, not a distance
    ['The group once held 8,000 square kilometres.', 'en', [8000]],
  ] as const)('%s: a distance locates, it is not a figure', (text, lang, values) => {
    expect(
      extractFigures(splitSentences([text], lang), {
        lang,
        published: '2023-04-02',
        phrases: PHRASES,
        incidents: [],
      }).map((f) => f.value),
    ).toEqual(values);
  });
});

describe('"the number of …" some words before its number', () => {
  it('labels the figure, and a month on the way is never the label', () => {
    const [label] = labels(
      'The number of families sheltering in schools has tripled since March to 12,000.',
      'en',
    );
    expect(label?.en).toMatch(/^number of families/);
    expect(label?.ar).toBe('عائلات');
    expect(labels('Aid reached the camps in April: 9,000 in all.', 'en')[0]?.en).not.toBe('April');
  });
});

describe('an area an armed group held', () => {
  it('is labelled in both languages with who held it', () => {
    expect(labels('At its height ISIS held an area of some 88,000 square kilometres.', 'en')[0]).toEqual({
      en: 'area held by ISIS (km²)',
      ar: 'مساحة سيطر عليها داعش (كم²)',
    });
    expect(labels('تسيطر قسد على نحو 50 ألف كيلومتر مربع شرق الفرات.', 'ar')[0]?.en).toBe(
      'area held by the SDF (km²)',
    );
  });

  it('an area with no one holding it keeps the plain caption', () => {
    expect(labels('The lake covers 1,200 square kilometres.', 'en')[0]?.en).not.toMatch(/held/);
  });
});
