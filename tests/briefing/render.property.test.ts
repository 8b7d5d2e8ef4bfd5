import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Briefing, type Article } from '../../src/content/schema.js';
import { renderArticleList } from '../../src/briefing/article-list.js';
import { renderFigures } from '../../src/briefing/figures.js';
import { renderIncidentBlocks, renderIncidentsHeader } from '../../src/briefing/incidents.js';
import { renderSource } from '../../src/briefing/source.js';
import { renderSummary } from '../../src/briefing/summary.js';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';

// Any content at all: markup characters, quotes, Arabic, Latin, digits, bidi controls, emoji.
const content = fc
  .string({
    unit: fc.constantFrom(
      ...'<>&"\' abcISIS09–%²/:.داعشالموصل،\u2066\u2067\u2068\u2069\u202E\u200F😀'.split(''),
    ),
    minLength: 1,
    maxLength: 30,
  })
  .filter((s) => s.trim().length > 0);
const localized = fc.oneof(
  fc.record({ ar: content, en: content }),
  fc.record({ ar: content }),
  fc.record({ en: content }),
);

const articleArb = fc
  .record({
    title: localized,
    name: fc.option(localized, { nil: null }),
    url: fc.option(
      fc.constantFrom('https://example.com/?a=1&b=<2>"', 'http://x.org/', 'javascript:alert(1)'),
      { nil: null },
    ),
    bullets: fc.array(content, { minLength: 3, maxLength: 6 }),
    label: localized,
    unit: fc.option(content, { nil: null }),
    actor: localized,
    target: fc.option(localized, { nil: null }),
    locality: fc.option(localized, { nil: null }),
  })
  .map((c): Article => ({
    briefing: Briefing.parse({
      id: 'prop',
      language: 'ar',
      published: '2020-11-01',
      title: c.title,
      source: { name: c.name, url: c.url },
      summary: { ar: c.bullets },
      figures: [{ value: 1234.5, unit: c.unit, label: c.label }],
      incidents: [
        {
          id: 'i',
          date: { from: '2020-10-01', to: '2020-10-03', precision: 'approximate' },
          place: { country: 'SY', locality: c.locality, precision: 'locality' },
          actors: [c.actor],
          event: { type: 'riots', subType: 'mob_violence' },
          target: c.target,
          killed: { low: 2, high: 13 },
          description: c.title,
        },
      ],
    }) as Article['briefing'],
    body: '',
    path: 'p.md',
  }));

describe('renderers on any content', () => {
  it('always produce Telegram HTML that parses', () => {
    fc.assert(
      fc.property(articleArb, fc.constantFrom('ar' as const, 'en' as const), (article, lang) => {
        const views = [
          renderSummary(article, lang),
          renderIncidentsHeader(article, lang, 1),
          ...renderIncidentBlocks(article, lang),
          renderFigures(article, lang),
          renderSource(article, lang),
          renderArticleList([article], lang, 0, 5).html,
        ];
        for (const html of views) {
          const parsed = parseTelegramHtml(html);
          expect(parsed.ok, html).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
