import { describe, expect, it } from 'vitest';
import { PUBLIC_COMMANDS } from '../../src/bot/commands.js';
import { catalogue } from '../../src/i18n/catalogue.js';
import type { Messages } from '../../src/i18n/messages.js';

/** Every text of a catalogue: the plain ones and the parametrised ones called with sample values. */
function allTexts(t: Messages): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') out.push([path, value]);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(t, 't');
  const counts = [0, 1, 2, 3, 11, 100, { low: 0, high: 2 }, { low: 1, high: 2 }, { low: 3, high: 5 }];
  const samples: [string, string][] = [
    ['articleNotFound', t.articleNotFound('some-id')],
    ['page', t.page(2, 5)],
    ['onlyAvailableIn(ar)', t.onlyAvailableIn('ar')],
    ['onlyAvailableIn(en)', t.onlyAvailableIn('en')],
    ['placePrecisionNote', t.placePrecisionNote('district')],
    ...counts.map((c): [string, string] => ['killed', t.killed(c)]),
    ...counts.map((c): [string, string] => ['wounded', t.wounded(c)]),
    ['casualties', t.casualties(3, null)],
    ['casualties', t.casualties(null, null)],
    ...[0, 1, 2, 11].map((n): [string, string] => ['incidentsCount', t.incidentsCount(n)]),
    ...[0, 1, 2, 11].map((n): [string, string] => ['articlesCount', t.articlesCount(n)]),
    ['incidentsInArticle(0)', t.incidentsInArticle(0)],
    ['incidentsInArticle(3)', t.incidentsInArticle(3)],
    ['approximately', t.approximately('40,000')],
    ['dates.range', t.dates.range('1', '2')],
    ['dates.week', t.dates.week('1', '7')],
    ['dates.approximate', t.dates.approximate('2020')],
  ];
  return [...out, ...samples];
}

const outsideIsolates = (s: string) => s.replace(/[\u2066-\u2068][^\u2066-\u2069]*\u2069/g, '');

describe('catalogues', () => {
  it('Arabic texts have no Latin letter outside an isolate (bar the "English" button)', () => {
    const offenders = allTexts(catalogue('ar')).filter(
      ([path, text]) => path !== 't.buttons.otherLanguage' && /[A-Za-z]/.test(outsideIsolates(text)),
    );
    expect(offenders).toEqual([]);
  });

  it('English texts have no Arabic letter outside an isolate (bar the "العربية" button)', () => {
    const offenders = allTexts(catalogue('en')).filter(
      ([path, text]) =>
        path !== 't.buttons.otherLanguage' && /\p{Script=Arabic}/u.test(outsideIsolates(text)),
    );
    expect(offenders).toEqual([]);
  });

  it('no text is empty or has stray whitespace (separators aside)', () => {
    for (const lang of ['ar', 'en'] as const) {
      for (const [path, text] of allTexts(catalogue(lang)).filter(
        ([path]) => !path.endsWith('listSeparator'),
      )) {
        expect(text.trim(), `${lang} ${path}`).toBe(text);
        expect(text.length, `${lang} ${path}`).toBeGreaterThan(0);
      }
    }
  });

  it.each(['ar', 'en'] as const)(
    '%s: help lists every public command; menu descriptions fit Telegram',
    (lang) => {
      const t = catalogue(lang);
      for (const command of PUBLIC_COMMANDS) {
        expect(t.help).toContain(`/${command}`);
        expect(t.commandDescriptions[command].length).toBeGreaterThanOrEqual(3);
        expect(t.commandDescriptions[command].length).toBeLessThanOrEqual(256);
      }
    },
  );

  it('the other-language button is written in that language', () => {
    expect(catalogue('ar').buttons.otherLanguage).toBe('English');
    expect(catalogue('en').buttons.otherLanguage).toBe('العربية');
    expect(catalogue('ar').buttons.otherLanguage).toBe(catalogue('en').languageName);
  });

  it('Arabic paging arrows are pinned to the Arabic run, so right-to-left mirroring points them the Arabic way', () => {
    const { previous, next } = catalogue('ar').buttons;
    // logical ‹ before the word and › after it, with an RLM on the arrow's outer side
    expect(previous).toBe('\u200F‹ السابق');
    expect(next).toBe('التالي ›\u200F');
  });

  it('says "not stated" as the articles and the brief require', () => {
    expect(catalogue('ar').notStated).toBe('غير مذكور');
    expect(catalogue('en').notStated).toBe('not stated');
  });

  it('asks for /help in the unknown-command answer and names the id in article-not-found', () => {
    for (const lang of ['ar', 'en'] as const) {
      const t = catalogue(lang);
      expect(t.unknownCommand).toContain('/help');
      expect(t.articleNotFound('abc-1')).toContain('abc-1');
      expect(t.articleNotFound('abc-1')).toContain('/articles');
      expect(t.langUsage).toMatch(/\/lang ar.*\/lang en/s);
    }
  });

  it('does not let a bidi control in an echoed id escape its isolate', () => {
    expect(catalogue('ar').articleNotFound('x\u2069\u202Ey')).toContain('\u2068xy\u2069');
    expect(catalogue('en').articleNotFound('x\u2069\u202Ey')).toContain('“xy”');
  });

  it('isolates an echoed id in English only when it holds Arabic', () => {
    expect(catalogue('en').articleNotFound('abc-1')).toContain('“abc-1”');
    expect(catalogue('en').articleNotFound('مقال')).toContain('“\u2068مقال\u2069”');
  });

  it('keeps the English greeting free of Arabic', () => {
    expect(catalogue('en').start).not.toMatch(/\p{Script=Arabic}/u);
    expect(catalogue('en').start).toContain('Mawjaz');
    expect(catalogue('ar').start).toContain('موجز');
  });
});
