import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogue.js';
import { pluralCategory } from '../../src/i18n/plural.js';

const ar = catalogue('ar');
const en = catalogue('en');

describe('pluralCategory', () => {
  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [10, 'few'],
    [11, 'many'],
    [99, 'many'],
    [100, 'other'],
    [101, 'other'],
    [102, 'other'],
    [103, 'few'],
    [111, 'many'],
  ] as const)('Arabic %i is %s', (n, category) => {
    expect(pluralCategory('ar', n)).toBe(category);
  });

  it('English has only one and other', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory('en', n))).toEqual([
      'other',
      'one',
      'other',
      'other',
      'other',
      'other',
    ]);
  });
});

describe('Arabic counts use all six forms', () => {
  it.each([
    [0, 'لا قتلى', 'لا جرحى', 'لا حوادث', 'لا مقالات'],
    [1, 'قتيل واحد', 'جريح واحد', 'حادثة واحدة', 'مقال واحد'],
    [2, 'قتيلان', 'جريحان', 'حادثتان', 'مقالان'],
    [3, '3 قتلى', '3 جرحى', '3 حوادث', '3 مقالات'],
    [10, '10 قتلى', '10 جرحى', '10 حوادث', '10 مقالات'],
    [11, '11 قتيلاً', '11 جريحاً', '11 حادثة', '11 مقالاً'],
    [99, '99 قتيلاً', '99 جريحاً', '99 حادثة', '99 مقالاً'],
    [100, '100 قتيل', '100 جريح', '100 حادثة', '100 مقال'],
    [101, '101 قتيل', '101 جريح', '101 حادثة', '101 مقال'],
    [102, '102 قتيل', '102 جريح', '102 حادثة', '102 مقال'],
    [103, '103 قتلى', '103 جرحى', '103 حوادث', '103 مقالات'],
    [111, '111 قتيلاً', '111 جريحاً', '111 حادثة', '111 مقالاً'],
    [40000, '40,000 قتيل', '40,000 جريح', '40,000 حادثة', '40,000 مقال'],
  ])('%i', (n, killed, wounded, incidents, articles) => {
    expect(ar.killed(n)).toBe(killed);
    expect(ar.wounded(n)).toBe(wounded);
    expect(ar.incidentsCount(n)).toBe(incidents);
    expect(ar.articlesCount(n)).toBe(articles);
  });
});

describe('ranges', () => {
  it.each([
    [{ low: 3, high: 5 }, 'بين 3 و5 قتلى', '3–5 killed'],
    [{ low: 10, high: 12 }, 'بين 10 و12 قتيلاً', '10–12 killed'],
    [{ low: 90, high: 100 }, 'بين 90 و100 قتيل', '90–100 killed'],
    [{ low: 1, high: 2 }, 'قتيل واحد أو قتيلان', '1–2 killed'],
    [{ low: 0, high: 2 }, 'حتى قتيلين', 'up to 2 killed'],
    [{ low: 0, high: 1 }, 'حتى قتيل واحد', 'up to 1 killed'],
    [{ low: 0, high: 20 }, 'حتى 20 قتيلاً', 'up to 20 killed'],
    [{ low: 4, high: 4 }, '4 قتلى', '4 killed'],
  ])('%o', (count, arabic, english) => {
    expect(ar.killed(count)).toBe(arabic);
    expect(en.killed(count)).toBe(english);
  });

  it('wounded ranges take the wounded noun', () => {
    expect(ar.wounded({ low: 5, high: 15 })).toBe('بين 5 و15 جريحاً');
  });
});

describe('English counts', () => {
  it.each([
    [0, 'no one killed', 'no incidents', 'no articles'],
    [1, '1 killed', '1 incident', '1 article'],
    [2, '2 killed', '2 incidents', '2 articles'],
    [12000, '12,000 killed', '12,000 incidents', '12,000 articles'],
  ])('%i', (n, killed, incidents, articles) => {
    expect(en.killed(n)).toBe(killed);
    expect(en.incidentsCount(n)).toBe(incidents);
    expect(en.articlesCount(n)).toBe(articles);
  });
});

describe('casualties', () => {
  it.each([
    [3, 5, '3 قتلى، 5 جرحى', '3 killed, 5 wounded'],
    [1, null, 'قتيل واحد، عدد الجرحى غير مذكور', '1 killed, number wounded not stated'],
    [null, 2, 'عدد القتلى غير مذكور، جريحان', 'number killed not stated, 2 wounded'],
    [null, null, 'غير مذكور', 'not stated'],
    [0, 0, 'لا قتلى، لا جرحى', 'no one killed, no one wounded'],
  ])('%o killed, %o wounded', (killed, wounded, arabic, english) => {
    expect(ar.casualties(killed, wounded)).toBe(arabic);
    expect(en.casualties(killed, wounded)).toBe(english);
  });
});
