import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bidiFor,
  isolate,
  isolateArabicRuns,
  isolateAs,
  isolateLatinRuns,
  stripBidiControls,
} from '../../src/i18n/bidi.js';

/** Shows isolates as ⟨…⟩ so that expectations are readable. */
const visible = (s: string) => s.replace(/[\u2066-\u2068]/g, '⟨').replace(/\u2069/g, '⟩');

describe('isolateLatinRuns (Arabic output)', () => {
  it.each([
    ['قتل 3 من عناصر ISIS في الموصل.', 'قتل 3 من عناصر ⟨ISIS⟩ في الموصل.'],
    ['سيطر على نحو 110,000 km² من الأرض', 'سيطر على نحو ⟨110,000 km²⟩ من الأرض'],
    ['قتل 3–5 أشخاص', 'قتل ⟨3–5⟩ أشخاص'],
    ['بين 2014-2017', 'بين ⟨2014-2017⟩'],
    ['الرابط https://example.com/a?b=1&c=2.', 'الرابط ⟨https://example.com/a?b=1&c=2⟩.'],
    ['أرسل /help الآن', 'أرسل ⟨/help⟩ الآن'],
    ['تنظيم (ISIS) المتطرف', 'تنظيم (⟨ISIS⟩) المتطرف'],
    ['قال Col. Wayne Marotto، المتحدث', 'قال ⟨Col. Wayne Marotto⟩، المتحدث'],
    ['نسبة 50% من السكان', 'نسبة ⟨50%⟩ من السكان'],
    ['درجة الحرارة -5 اليوم', 'درجة الحرارة ⟨-5⟩ اليوم'],
  ])('%s', (input, expected) => {
    expect(visible(isolateLatinRuns(input))).toBe(expected);
  });

  it.each(['40 ألف مقاتل', 'قتل 3 أشخاص', 'نحو 40,000 مقاتل', 'في كانون الأول 2017،', 'نص عربي فقط', ''])(
    'leaves plain numbers and Arabic alone: %j',
    (input) => {
      expect(isolateLatinRuns(input)).toBe(input);
    },
  );

  it('leaves existing isolates, nested ones included, untouched', () => {
    const input = `كلمة ${isolate(`ISIS ${isolate('X')} Y`)} ثم ABC`;
    expect(visible(isolateLatinRuns(input))).toBe('كلمة ⟨ISIS ⟨X⟩ Y⟩ ثم ⟨ABC⟩');
  });
});

describe('isolateArabicRuns (English output)', () => {
  it.each([
    ['The town of الباب was hit.', 'The town of ⟨الباب⟩ was hit.'],
    ['Mawjaz (موجز) bot', 'Mawjaz (⟨موجز⟩) bot'],
    ['He said "داعش، التنظيم" today', 'He said "⟨داعش، التنظيم⟩" today'],
    ['The vowelled مُوجَز word', 'The vowelled ⟨مُوجَز⟩ word'],
  ])('%s', (input, expected) => {
    expect(visible(isolateArabicRuns(input))).toBe(expected);
  });

  it('adds nothing to English text, URLs, ranges or units', () => {
    const input = 'About 110,000 km², 3–5 killed, see https://example.com/x (ISIS).';
    expect(bidiFor('en', input)).toBe(input);
  });
});

describe('isolateAs', () => {
  it('uses the direction of the language, not of the first letter', () => {
    expect(isolateAs('ar', 'ISIS هاجم')).toBe('\u2067ISIS هاجم\u2069');
    expect(isolateAs('en', 'داعش attacked')).toBe('\u2066داعش attacked\u2069');
  });
});

describe('properties', () => {
  const mixed = fc.string({
    unit: fc.constantFrom(...'abc XYZ 0123 .,-–/:%²()داعشالموصل،'.split('')),
    maxLength: 60,
  });

  it('only adds balanced isolates: stripping them gives the input back', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom('ar' as const, 'en' as const), (text, lang) => {
        const out = bidiFor(lang, text);
        expect(stripBidiControls(out)).toBe(text);
        expect(out.match(/[\u2066-\u2068]/g)?.length ?? 0).toBe(out.match(/\u2069/g)?.length ?? 0);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom('ar' as const, 'en' as const), (text, lang) => {
        const once = bidiFor(lang, text);
        expect(bidiFor(lang, once)).toBe(once);
      }),
    );
  });

  it('leaves no Latin letter outside an isolate in Arabic output', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const outside = isolateLatinRuns(text).replace(/\u2068[^\u2069]*\u2069/g, '');
        expect(outside).not.toMatch(/[A-Za-z]/);
      }),
    );
  });
});

describe('stripBidiControls', () => {
  it('removes marks, embeddings and isolates only', () => {
    expect(stripBidiControls('\u2068abc\u2069\u200F\u200E\u202Bد\u202C\u061C')).toBe('abcد');
  });
});
