import { describe, expect, it } from 'vitest';
import { nameWords } from '../../src/places/name-index.js';
import { ARABIC_NAME_CUES, RELATIVE_WORDS } from '../../src/places/place-words.js';
import {
  arabicReadings,
  isIn,
  isLatinArticle,
  isLatinArticleWord,
  splitArticle,
  tokenize,
  wordForms,
} from '../../src/places/tokens.js';

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

describe('splitArticle', () => {
  it.each([
    ['الموصل', { core: 'موصل', article: true }],
    ['كركوك', { core: 'كركوك', article: false }],
    // Too short to be article + name: "الى" folded is a word of its own.
    ['الي', { core: 'الي', article: false }],
    ['ال', { core: 'ال', article: false }],
  ])('%s → %j', (word, expected) => {
    expect(splitArticle(word)).toEqual(expected);
  });

  it('is the article reading arabicReadings gives a word without clitic', () => {
    const withoutClitic = arabicReadings('الانبار', false).find((r) => r.article);
    expect(withoutClitic).toMatchObject(splitArticle('الانبار'));
  });
});

describe('isLatinArticleWord', () => {
  it.each(['al', 'el', 'ash', 'ez', 'ad', 'as'])('%s is a spelling of the article', (word) => {
    expect(isLatinArticleWord(word)).toBe(true);
  });
  it.each(['bab', 'alb', 'deir', 'il', 'a'])('%s is not', (word) => {
    expect(isLatinArticleWord(word)).toBe(false);
  });
});

describe('wordForms and isIn', () => {
  it('reads an Arabic token without its clitics and article, a Latin token as is', () => {
    const [arabic, latin] = tokenize('وبالقرب North');
    expect(wordForms(arabic!)).toEqual(expect.arrayContaining(['وبالقرب', 'قرب']));
    expect(wordForms(latin!)).toEqual(['north']);
  });

  it('finds a word list entry behind a glued preposition, never inside another word', () => {
    const [glued, plain, other, none] = tokenize('بشمال شرقي شمالها في');
    expect(isIn(RELATIVE_WORDS, glued)).toBe(true);
    expect(isIn(RELATIVE_WORDS, plain)).toBe(true);
    expect(isIn(RELATIVE_WORDS, other)).toBe(false);
    expect(isIn(RELATIVE_WORDS, none)).toBe(false);
    expect(isIn(ARABIC_NAME_CUES, none)).toBe(true);
    expect(isIn(ARABIC_NAME_CUES, undefined)).toBe(false);
  });
});

describe('nameWords', () => {
  it('cuts names with the sentence tokenizer: the same words a sentence gives', () => {
    const sentence = 'قصف على دير الزور';
    const sentenceWords = tokenize(sentence)
      .slice(2)
      .map((t) => splitArticle(t.norm));
    expect(nameWords('دَيْر الزّور')).toEqual({ arabic: true, words: sentenceWords });
  });

  it.each([
    ['Deir ez-Zor', ['deir', 'zor']],
    ['Ras al-Ayn', ['ras', 'ayn']],
    ['al-Bāb', ['bab']],
    ['Tal Afar', ['tal', 'afar']],
    // A last word is kept even when it spells the article.
    ['Tell Ad', ['tell', 'ad']],
  ])('%s is matched as %j (Latin articles are skipped)', (name, cores) => {
    const { arabic, words } = nameWords(name);
    expect(arabic).toBe(false);
    expect(words.map((w) => w.core)).toEqual(cores);
    expect(words.every((w) => !w.article)).toBe(true);
  });

  it('keeps the Arabic article on each word that has it', () => {
    expect(nameWords('صلاح الدين').words).toEqual([
      { core: 'صلاح', article: false },
      { core: 'دين', article: true },
    ]);
  });
});
