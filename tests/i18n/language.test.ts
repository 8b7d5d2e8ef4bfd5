import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/content/schema.js';
import { chooseLanguage, parseLanguageArg } from '../../src/i18n/language.js';

describe('chooseLanguage', () => {
  it.each<[Language | undefined, string | undefined, Language, Language]>([
    ['en', 'ar', 'ar', 'en'],
    ['ar', 'en-US', 'en', 'ar'],
    [undefined, 'ar', 'en', 'ar'],
    [undefined, 'ar-IQ', 'en', 'ar'],
    [undefined, 'AR', 'en', 'ar'],
    [undefined, 'en', 'ar', 'en'],
    [undefined, 'ku', 'ar', 'en'],
    [undefined, 'fr', 'ar', 'en'],
    [undefined, 'arn', 'ar', 'en'],
    [undefined, undefined, 'ar', 'ar'],
    [undefined, undefined, 'en', 'en'],
    [undefined, '', 'ar', 'ar'],
  ])('saved %s, Telegram %s, fallback %s → %s', (saved, code, fallback, expected) => {
    expect(chooseLanguage(saved, code, fallback)).toBe(expected);
  });
});

describe('parseLanguageArg', () => {
  it.each([
    ['ar', 'ar'],
    ['AR', 'ar'],
    [' ar ', 'ar'],
    ['ar-IQ', 'ar'],
    ['arabic', 'ar'],
    ['Arabic', 'ar'],
    ['العربية', 'ar'],
    ['عربي', 'ar'],
    ['عربى', 'ar'],
    ['العربيه', 'ar'],
    ['عربية', 'ar'],
    ['اللغة العربية', 'ar'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-GB', 'en'],
    ['english', 'en'],
    ['English please', 'en'],
    ['الإنجليزية', 'en'],
    ['الإنكليزية', 'en'],
    ['انجليزي', 'en'],
    ['إنكليزي', 'en'],
    ['\u2068en\u2069', 'en'],
  ])('%s → %s', (arg, expected) => {
    expect(parseLanguageArg(arg)).toBe(expected);
  });

  it.each(['', 'fr', 'french', 'kurdish', 'arab-ish', 'الفرنسية', 'e', 'a'])('%j → undefined', (arg) => {
    expect(parseLanguageArg(arg)).toBeUndefined();
  });
});
