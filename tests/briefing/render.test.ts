import { describe, expect, it } from 'vitest';
import { Briefing, type Article, type Language } from '../../src/content/schema.js';
import { renderFigures } from '../../src/briefing/figures.js';
import { renderIncidentBlocks, renderIncidentsHeader } from '../../src/briefing/incidents.js';
import { renderSource } from '../../src/briefing/source.js';
import { renderSummary } from '../../src/briefing/summary.js';
import { catalogue } from '../../src/i18n/catalogue.js';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';

function article(fields: Record<string, unknown>): Article {
  const briefing = Briefing.parse({
    id: 'test-article',
    language: 'ar',
    published: '2020-11-01',
    title: { ar: 'عنوان', en: 'Headline' },
    summary: { ar: ['أولاً', 'ثانياً', 'ثالثاً'], en: ['First', 'Second', 'Third'] },
    ...fields,
  }) as Article['briefing'];
  return { briefing, body: '', path: 'content/test-article.md' };
}

const incident = (fields: Record<string, unknown> = {}) => ({
  id: 'i1',
  date: { from: '2020-10-19', to: '2020-10-19', precision: 'day' },
  place: { country: 'IQ', governorate: { ar: 'كركوك', en: 'Kirkuk' }, precision: 'governorate' },
  event: { type: 'violence_against_civilians', subType: 'attack' },
  description: { ar: 'هجوم على قرية.', en: 'An attack on a village.' },
  ...fields,
});

/** Every view of an article in one language. */
function allViews(a: Article, lang: Language): string[] {
  const blocks = renderIncidentBlocks(a, lang);
  return [
    renderSummary(a, lang),
    renderIncidentsHeader(a, lang, blocks.length),
    ...blocks,
    renderFigures(a, lang),
    renderSource(a, lang),
  ];
}

/** The visible text, checking on the way that Telegram would accept the HTML. */
function visibleText(html: string): string {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`${parsed.error}\n${html}`);
  return parsed.text;
}

const HOSTILE = '<script>alert("x")</script> & <b>';

const hostile = article({
  title: { ar: `عنوان ${HOSTILE}`, en: `Headline ${HOSTILE}` },
  source: {
    name: { ar: `وكالة ${HOSTILE}`, en: `Agency ${HOSTILE}` },
    url: 'https://example.com/news?a=1&b=<2>"x"',
  },
  summary: { ar: [HOSTILE, 'ثانياً', 'ثالثاً'], en: [HOSTILE, 'Second', 'Third'] },
  figures: [{ value: 5, unit: '<km>&', label: { ar: HOSTILE, en: HOSTILE } }],
  incidents: [
    incident({
      place: {
        country: 'SY',
        governorate: { ar: HOSTILE, en: HOSTILE },
        district: { ar: HOSTILE, en: HOSTILE },
        locality: { ar: HOSTILE, en: HOSTILE },
        precision: 'locality',
      },
      actors: [{ ar: HOSTILE, en: HOSTILE }],
      target: { ar: HOSTILE, en: HOSTILE },
      description: { ar: HOSTILE, en: HOSTILE },
    }),
  ],
});

describe('escaping', () => {
  it.each(['ar', 'en'] as const)(
    '%s: every view is valid Telegram HTML and shows hostile content literally',
    (lang) => {
      for (const html of allViews(hostile, lang)) {
        expect(html).not.toContain('<script>');
        expect(visibleText(html).replace(/[\u2066-\u2069]/g, '')).toContain(
          '<script>alert("x")</script> & <b>',
        );
      }
    },
  );

  it('escapes the link target as an attribute', () => {
    const html = renderSource(hostile, 'en');
    expect(html).toContain('<a href="https://example.com/news?a=1&amp;b=&lt;2&gt;&quot;x&quot;">');
  });

  it('links only web addresses: any other scheme is shown as text', () => {
    const a = article({ source: { name: { en: 'Outlet' }, url: 'javascript:alert(1)' } });
    for (const html of [renderSource(a, 'en'), renderSummary(a, 'en')]) {
      expect(html).not.toContain('<a ');
      visibleText(html);
    }
    expect(renderSource(a, 'en')).toContain('javascript:alert(1)');
  });
});

describe('bidi controls in content', () => {
  it('drops stray embeddings and isolates so that they cannot break ours', () => {
    const a = article({ title: { en: 'A\u2069B\u202EC' }, summary: { en: ['x\u2067y', 'Second', 'Third'] } });
    const html = renderSummary(a, 'ar');
    expect(html).toContain('<b>\u2066ABC\u2069 <i>');
    expect(html).toContain('• \u2066xy\u2069');
  });
});

describe('"not stated" fallbacks', () => {
  const sparse = article({
    source: { name: null, url: null },
    incidents: [incident({ actors: [], target: null, killed: null, wounded: null })],
  });

  it.each([
    ['ar', 'غير مذكور'],
    ['en', 'not stated'],
  ] as const)('%s', (lang, notStated) => {
    const t = catalogue(lang);
    const source = visibleText(renderSource(sparse, lang));
    expect(source).toContain(`${t.labels.source}: ${notStated}`);
    expect(source).toContain(`${t.labels.link}: ${notStated}`);
    expect(visibleText(renderSummary(sparse, lang))).toContain(`${t.labels.source}: ${notStated}`);
    const [block] = renderIncidentBlocks(sparse, lang);
    const text = visibleText(block!);
    expect(text).toContain(`${t.labels.who}: ${notStated}`);
    expect(text).toContain(`${t.labels.target}: ${notStated}`);
    expect(text).toContain(`${t.labels.casualties}: ${notStated}`);
  });

  it('names the missing count when only one is stated', () => {
    const a = article({ incidents: [incident({ killed: 4, wounded: null })] });
    expect(visibleText(renderIncidentBlocks(a, 'ar')[0]!)).toContain('الضحايا: 4 قتلى، عدد الجرحى غير مذكور');
    expect(visibleText(renderIncidentBlocks(a, 'en')[0]!)).toContain(
      'Casualties: 4 killed, number wounded not stated',
    );
  });

  it('shows the host of a source given only as a URL, linked', () => {
    const a = article({ source: { name: null, url: 'https://www.example.org/x' } });
    expect(renderSummary(a, 'en')).toContain('<a href="https://www.example.org/x">www.example.org</a>');
  });
});

describe('other-language fallback', () => {
  const englishOnly = article({
    language: 'en',
    title: { en: 'ISIS attack in Kirkuk' },
    summary: { en: ['First', 'Second', 'Third'] },
    figures: [{ value: 3, label: { en: 'Villages attacked' } }],
    incidents: [incident({ description: { en: 'Gunmen attacked.' }, target: { en: 'A checkpoint' } })],
  });
  const arabicOnly = article({
    title: { ar: 'هجوم في كركوك' },
    summary: { ar: ['أولاً', 'ثانياً', 'ثالثاً'] },
    incidents: [incident({ description: { ar: 'هجوم مسلح.' } })],
  });

  it('shows the English text with the Arabic note, isolated left-to-right', () => {
    const summary = renderSummary(englishOnly, 'ar');
    expect(summary).toContain('<b>\u2066ISIS attack in Kirkuk\u2069 <i>(متوفر بالإنكليزية فقط)</i></b>');
    expect(summary).toContain('• \u2066First\u2069');
    expect(visibleText(summary)).toContain('Third\u2069\n(متوفر بالإنكليزية فقط)');
    const block = visibleText(renderIncidentBlocks(englishOnly, 'ar')[0]!);
    expect(block).toContain('ماذا حدث: \u2066Gunmen attacked.\u2069 (متوفر بالإنكليزية فقط)');
    expect(visibleText(renderFigures(englishOnly, 'ar'))).toContain(
      '\u2066Villages attacked\u2069 (متوفر بالإنكليزية فقط)',
    );
  });

  it('shows the Arabic text with the English note, isolated right-to-left', () => {
    const summary = visibleText(renderSummary(arabicOnly, 'en'));
    expect(summary).toContain('\u2067هجوم في كركوك\u2069 (only available in Arabic)');
    expect(summary).toContain('• \u2067أولاً\u2069');
    expect(visibleText(renderIncidentBlocks(arabicOnly, 'en')[0]!)).toContain(
      '\u2067هجوم مسلح.\u2069 (only available in Arabic)',
    );
  });

  it('adds no note when the text exists in the language asked for', () => {
    for (const html of allViews(englishOnly, 'en')) expect(html).not.toContain('only available');
    for (const html of allViews(arabicOnly, 'ar')) expect(html).not.toContain('متوفر');
  });
});

describe('Arabic output', () => {
  const full = article({
    source: { name: { ar: 'وكالة الأنباء', en: 'News agency' }, url: 'https://example.com/a' },
    figures: [
      { value: 40000, label: { ar: 'مقاتل', en: 'fighters' } },
      { value: 110000, approximate: true, unit: 'km²', label: { ar: 'المساحة', en: 'Area' } },
    ],
    incidents: [
      incident({
        date: { from: '2020-10-19', to: '2020-10-25', precision: 'week' },
        place: {
          country: 'IQ',
          governorate: { ar: 'كركوك', en: 'Kirkuk' },
          district: { ar: 'الحويجة', en: 'Hawija' },
          locality: { ar: 'قرية البو علي', en: 'Albu Ali village' },
          precision: 'locality',
        },
        actors: [{ ar: 'مسلحو داعش', en: 'ISIS gunmen' }],
        event: { type: 'explosions_remote_violence', subType: 'remote_explosive_landmine_ied' },
        target: { ar: 'دورية', en: 'A patrol' },
        killed: { low: 3, high: 5 },
        wounded: 11,
      }),
    ],
  });
  const englishTexts = (() => {
    const en = catalogue('en');
    return [
      en.notStated,
      en.noIncidents,
      en.noFigures,
      en.onlyAvailableIn('ar'),
      en.onlyAvailableIn('en'),
      en.incidentsInArticle(1),
      ...Object.values(en.labels),
      ...Object.values(en.eventTypes),
      ...Object.values(en.eventSubTypes),
      ...Object.values(en.placePrecision),
      ...en.dates.months,
    ];
  })();

  it('contains no English catalogue text and no Latin letter outside isolates, ids and units', () => {
    for (const html of allViews(full, 'ar')) {
      const text = visibleText(html);
      for (const english of englishTexts) expect(text).not.toContain(english);
      const outside = text.replace(/\u2068[^\u2069]*\u2069/g, '');
      expect(outside).not.toMatch(/[A-Za-z]/);
    }
  });

  it('renders the incident block in order, most precise place first', () => {
    const block = visibleText(renderIncidentBlocks(full, 'ar')[0]!);
    expect(block.split('\n')).toEqual([
      '1. عبوة ناسفة أو لغم أو تفجير عن بُعد (تفجيرات وعنف عن بُعد)',
      'التاريخ: الأسبوع من 19 إلى 25 تشرين الأول 2020 (دقة التاريخ: أسبوع)',
      'المكان: قرية البو علي، الحويجة، كركوك، العراق (دقة الموقع: بلدة أو موقع)',
      'الجهة المنفذة: مسلحو داعش',
      'المستهدف: دورية',
      'الضحايا: بين 3 و5 قتلى، 11 جريحاً',
      'ماذا حدث: هجوم على قرية.',
    ]);
  });

  it('isolates a figure with a Latin unit and keeps plain numbers as they are', () => {
    const text = visibleText(renderFigures(full, 'ar'));
    expect(text).toContain('• 40,000 — مقاتل');
    expect(text).toContain('• نحو \u2068110,000 km²\u2069 — المساحة');
  });

  it('groups thousands but never turns a year into "2,014"', () => {
    const a = article({
      figures: [
        { value: 2014, label: { en: 'Year' } },
        { value: 3000, unit: 'troops', label: { en: 'Troops' } },
        { value: 40000, label: { en: 'Fighters' } },
        { value: 12.5, unit: '%', label: { en: 'Share' } },
      ],
    });
    const text = visibleText(renderFigures(a, 'en'));
    for (const line of ['• 2014 — Year', '• 3,000 troops — Troops', '• 40,000 — Fighters', '• 12.5% — Share'])
      expect(text).toContain(line);
  });

  it('puts the isolate around the id tag, never inside, so a copied id stays clean', () => {
    expect(renderSource(full, 'ar')).toContain('\u2068<code>test-article</code>\u2069');
    expect(renderSource(full, 'en')).toContain('<b>Article id:</b> <code>test-article</code>');
  });
});

describe('English output', () => {
  it('renders the same incident in English with the week and the range', () => {
    const a = article({
      incidents: [
        incident({
          date: { from: '2020-10-01', to: '2020-10-31', precision: 'month' },
          place: {
            country: 'SY',
            governorate: { ar: 'حلب', en: 'Aleppo' },
            district: { en: 'al-Bab' },
            precision: 'district',
          },
          killed: { low: 0, high: 2 },
          wounded: 0,
        }),
      ],
    });
    const block = visibleText(renderIncidentBlocks(a, 'en')[0]!);
    expect(block).toContain('Date: October 2020');
    expect(block).toContain('Place: al-Bab, Aleppo, Syria (precision: district)');
    expect(block).toContain('Casualties: up to 2 killed, no one wounded');
    const arabic = visibleText(renderIncidentBlocks(a, 'ar')[0]!);
    expect(arabic).toContain(
      'المكان: \u2066al-Bab\u2069، حلب، سوريا (متوفر بالإنكليزية فقط) (دقة الموقع: قضاء أو منطقة)',
    );
  });
});

describe('summary', () => {
  const a = article({
    source: { name: { ar: 'رويترز', en: 'Reuters' }, url: 'https://reuters.com/x' },
    figures: [1, 2, 3, 4, 5, 6].map((n) => ({
      value: n * 1000,
      label: { ar: `رقم ${n}`, en: `figure ${n}` },
    })),
    incidents: [incident(), incident({ id: 'i2' }), incident({ id: 'i3' })],
  });

  it.each([
    [
      'ar',
      [
        '<b>عنوان</b>',
        '• أولاً',
        '<b>المصدر:</b> <a href="https://reuters.com/x">رويترز</a>',
        '<b>تاريخ النشر:</b> 1 تشرين الثاني 2020',
        'الحوادث المرصودة في المقال: 3 حوادث',
      ],
    ],
    [
      'en',
      [
        '<b>Headline</b>',
        '• First',
        '<b>Source:</b> <a href="https://reuters.com/x">Reuters</a>',
        '<b>Published:</b> 1 November 2020',
        'This article records 3 incidents.',
      ],
    ],
  ] as const)('%s has headline, bullets, source, date and incident count', (lang, parts) => {
    const html = renderSummary(a, lang);
    for (const part of parts) expect(html).toContain(part);
    visibleText(html);
  });

  it('shows at most four key figures; the figures view shows all', () => {
    expect(renderSummary(a, 'en')).toContain('figure 4');
    expect(renderSummary(a, 'en')).not.toContain('figure 5');
    expect(renderFigures(a, 'en')).toContain('figure 6');
  });

  it('leaves the figures section out when there are none', () => {
    expect(renderSummary(article({}), 'en')).not.toContain('Key figures');
    expect(visibleText(renderFigures(article({}), 'en'))).toContain('No key figures');
  });
});

describe('incidents header', () => {
  it.each([
    ['ar', 0, 'لا حوادث مرصودة في هذا المقال.'],
    ['ar', 2, 'الحوادث المرصودة في المقال: حادثتان'],
    ['en', 1, 'This article records 1 incident.'],
  ] as const)('%s with %i incidents', (lang, count, line) => {
    expect(visibleText(renderIncidentsHeader(article({}), lang, count)).split('\n')[1]).toBe(line);
  });

  it('gives no blocks for an article without incidents', () => {
    expect(renderIncidentBlocks(article({}), 'ar')).toEqual([]);
  });
});
