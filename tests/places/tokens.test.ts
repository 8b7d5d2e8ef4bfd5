import { describe, expect, it } from 'vitest';
import { arabicReadings, isLatinArticle, tokenize } from '../../src/places/tokens.js';

describe('tokenize', () => {
  it('splits into normalised words that point back into the sentence', () => {
    const sentence = 'قُتل اثنان بالموصلِ, and Al-Bāb!';
    const tokens = tokenize(sentence);
    expect(tokens.map((t) => t.norm)).toEqual(['قتل', 'اثنان', 'بالموصل', 'and', 'al', 'bab']);
    expect(tokens.map((t) => sentence.slice(t.start, t.end))).toEqual([
      'قُتل',
      'اثنان',
      'بالموصلِ',
      'and',
      'Al',
      'Bāb',
    ]);
    expect(tokens.map((t) => t.arabic)).toEqual([true, true, true, false, false, false]);
  });
});

describe('arabicReadings', () => {
  const read = (word: string): string[] =>
    arabicReadings(word, true).map((r) => `${r.clitic}+${r.article ? 'ال' : ''}${r.core}`);
  it.each([
    ['الموصل', '+الموصل'],
    ['بالموصل', 'ب+الموصل'],
    ['وبالموصل', 'وب+الموصل'],
    ['للموصل', 'ل+الموصل'],
    ['وللموصل', 'ول+الموصل'],
    ['لكركوك', 'ل+كركوك'],
    ['فكركوك', 'ف+كركوك'],
    ['كركوك', '+كركوك'],
  ])('%s can be read as %s', (word, reading) => {
    expect(read(word)).toContain(reading);
  });

  it('does not strip clitics off a non-initial word', () => {
    expect(arabicReadings('بالموصل', false).map((r) => r.core)).toEqual(['بالموصل']);
  });
});

describe('isLatinArticle', () => {
  it.each([
    ['al-Bab', 0, true],
    ['el Bab', 0, true],
    ['ash-Shaddadi', 0, true],
    ['As Suwayda', 0, true],
    ['as Suwayda', 0, false],
    ['at the town', 0, false],
    ['an attack', 0, false],
    ['al', 0, false],
  ] as const)('%s → %s', (sentence, index, expected) => {
    expect(isLatinArticle(tokenize(sentence), index, sentence)).toBe(expected);
  });
});
