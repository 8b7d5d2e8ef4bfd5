import { describe, expect, it } from 'vitest';
import {
  foldArabic,
  matchKey,
  normalizeDigits,
  normalizeForMatch,
  normalizeForMatchMapped,
  stripArabicMarks,
} from '../../src/text/normalize.js';

describe('normalizeDigits', () => {
  it.each([
    ['١٢٣٤٥٦٧٨٩٠', '1234567890'],
    ['۱۲۳ ۴۵۶ ۷۸۹۰', '123 456 7890'],
    ['قتل ٣ وأصيب ٥', 'قتل 3 وأصيب 5'],
    ['110,000 people', '110000 people'],
    ['1,000,000', '1000000'],
    ['١١٠٬٠٠٠', '110000'],
    ['1.000.000', '1000000'],
    ['٣٫٥ مليون', '3.5 مليون'],
    ['10.2 million', '10.2 million'],
    ['1.000', '1.000'], // one group: may be a decimal
    ['in 2017, 2019', 'in 2017, 2019'],
    ['1,2345', '1,2345'],
    ['12,34', '12,34'],
    ['no digits, at all.', 'no digits, at all.'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDigits(input)).toBe(expected);
  });
});

describe('stripArabicMarks', () => {
  it.each([
    ['قُتِلَ', 'قتل'],
    ['مُسَلَّحُونَ', 'مسلحون'],
    ['هٰذا', 'هذا'],
    ['كــركــوك', 'كركوك'],
    ['Mosul', 'Mosul'],
    ['أإآ', 'أإآ'], // hamza letters are letters, not marks
  ])('%s → %s', (input, expected) => {
    expect(stripArabicMarks(input)).toBe(expected);
  });
});

describe('foldArabic', () => {
  it.each([
    ['أإآٱ', 'اااا'],
    ['مستشفى', 'مستشفي'],
    ['الحويجة', 'الحويجه'],
    ['مؤتمر', 'موتمر'],
    ['رئيس', 'رييس'],
    ['کرکوک', 'كركوك'], // Persian kaf
    ['کردستانی', 'كردستاني'], // Persian yeh
    ['ھەولێر'.slice(0, 2), 'هه'],
    ['كر\u200Cكوك', 'كركوك'],
    ['\u202Bالموصل\u202C', 'الموصل'],
    ['نَيْنَوَى', 'نينوي'],
  ])('%s → %s', (input, expected) => {
    expect(foldArabic(input)).toBe(expected);
  });
});

describe('normalizeForMatch', () => {
  it.each([
    ['  Al-Bab ', 'al bab'],
    ['Ḥamāh', 'hamah'],
    ['Deir ez-Zor', 'deir ez zor'],
    ["Ma'arrat al-Nu'man", 'ma arrat al nu man'],
    ['Ma’arrat', 'ma arrat'],
    ['ﻻ', 'لا'], // presentation-form ligature
    ['قُتِل ١٥ في   الموصل', 'قتل 15 في الموصل'],
    ['١١٠٬٠٠٠ نسمة', '110000 نسمه'],
    ['Tall—Abyad', 'tall abyad'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  it('maps every output unit back to its source', () => {
    const source = ' Al-Bāb  ١٠٬٠٠٠ ';
    const { text, sourceIndex } = normalizeForMatchMapped(source);
    expect(text).toBe('al bab 10000');
    expect(sourceIndex).toHaveLength(text.length + 1);
    expect(source[sourceIndex[text.indexOf('bab')]!]).toBe('B');
    expect(source[sourceIndex[text.indexOf('10000')]!]).toBe('١');
    expect(sourceIndex[text.length]).toBe(source.length);
  });
});

describe('matchKey', () => {
  const same: [string, string][] = [
    ['al-Bab', 'Al Bab'],
    ['al-Bab', 'albab'],
    ['al-Bab', 'Bab'],
    ['Deir ez-Zor', 'deir ez zor'],
    ['Deir ez-Zor', 'DEIR EZ ZOR'],
    ['al-Qaim', 'Qaim'],
    ['Ash Shaddadi', 'al-Shaddadi'],
    ['Ar-Raqqa', 'Raqqa'],
    ['الموصل', 'موصل'],
    ['دير الزور', 'دير زور'],
    ['الحويجة', 'الحويجه'],
    ['نينوى', 'نينوي'],
    ['إدلب', 'ادلب'],
    ['Ḥamāh', 'Hamah'],
  ];
  it.each(same)('%s ≡ %s', (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  const different: [string, string][] = [
    ['Anah', 'Anbar'],
    ['Rawa', 'Ramadi'],
    ['Hit', 'Haditha'],
    ['Ana', 'A'],
    ['Tal Afar', 'Afar'],
  ];
  it.each(different)('%s ≢ %s', (a, b) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
  });

  it('keeps a word that only looks like an article when it is the whole name', () => {
    expect(matchKey('An')).toBe('an');
    expect(matchKey('Anah')).toBe('anah');
  });
});
