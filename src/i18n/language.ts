import type { Language } from '../content/schema.js';
import { stripBidiControls } from './bidi.js';

/** A Telegram language code ("ar", "ar-IQ", "en-GB"): Arabic ones give Arabic, every other one English. */
function fromTelegramCode(code: string): Language | undefined {
  const primary = code.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  return primary === 'ar' ? 'ar' : 'en';
}

/** The chat's saved choice, else the user's Telegram language, else the bot's default. */
export function chooseLanguage(
  saved: Language | undefined,
  telegramCode: string | undefined,
  fallback: Language,
): Language {
  return saved ?? (telegramCode === undefined ? undefined : fromTelegramCode(telegramCode)) ?? fallback;
}

const NAMES: Record<string, Language> = {
  ar: 'ar',
  ara: 'ar',
  arabic: 'ar',
  عربي: 'ar',
  عربيه: 'ar',
  en: 'en',
  eng: 'en',
  english: 'en',
  انجليزي: 'en',
  انجليزيه: 'en',
  انكليزي: 'en',
  انكليزيه: 'en',
  انقليزي: 'en',
  انقليزيه: 'en',
};

/** Folds what people type for a language name: case, marks, tatweel, hamza forms, ة, the article. */
function fold(word: string): string {
  return stripBidiControls(word)
    .trim()
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/^ال(?=.)/, '')
    .replace(/^(?:ال)?لغه\s+(?:ال)?/, '');
}

/**
 * The language a /lang argument names: a code (ar, en, ar-IQ) or a name in either language
 * (arabic, English, العربية, عربي, الإنكليزية, انجليزي…). The first word decides when the whole does not.
 */
export function parseLanguageArg(arg: string): Language | undefined {
  const whole = fold(arg);
  const first = whole.split(/\s+/)[0] ?? '';
  const candidates = [whole, first, first.split(/[-_]/)[0] ?? ''];
  for (const candidate of candidates) {
    // Own keys only: "constructor" or "__proto__" are not language names.
    if (Object.hasOwn(NAMES, candidate)) return NAMES[candidate];
  }
  return undefined;
}
