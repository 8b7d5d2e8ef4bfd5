import { describe, expect, it } from 'vitest';
import { chartCaption, mapCaption } from '../../src/pictures/captions.js';
import { chartData } from '../../src/pictures/chart-data.js';
import { axisTicks, drawChart } from '../../src/pictures/chart-svg.js';
import { mapData } from '../../src/pictures/map-data.js';
import { drawMap, layoutMap } from '../../src/pictures/map-svg.js';
import { PALETTE } from '../../src/pictures/palette.js';
import { sampleArticles } from '../../src/pictures/samples.js';
import { textLine, wrapText } from '../../src/pictures/svg.js';
import { loadWorld } from '../../src/pictures/world.js';
import { governorateByName } from '../../src/places/resolve.js';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';
import { stripBidiControls } from '../../src/i18n/bidi.js';
import { article, seedArticle } from './articles.js';

const world = loadWorld();
const count = (svg: string, pattern: RegExp) => svg.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

describe('map data', () => {
  it('numbers incidents as /incidents does and places each at its most precise known place', () => {
    const data = mapData(seedArticle(), 'en');
    expect(data.incidents.map((i) => [i.number, i.place])).toEqual([
      [1, 'Anbar'],
      [2, 'Nineveh'],
      [3, 'Kirkuk'],
      [4, 'Hawija'],
    ]);
    expect(data.markers.map((m) => [m.placeId, m.numbers, m.killed, m.wounded])).toEqual([
      ['iq-anbar', [1], 1, 0],
      ['iq-nineveh', [2], 0, 0],
      ['iq-kirkuk', [3], 3, 0],
      ['iq-kirkuk-hawija', [4], 4, 3],
    ]);
    expect(data.source).toBeNull();
    expect(data.unplaced).toEqual([]);
  });

  it('groups incidents at one place, and never places a country-only or unknown place', () => {
    const data = mapData(
      article('mixed', '2021-05-01', [
        { governorate: { en: 'Diyala' }, killed: 2 },
        { country: 'SY', precision: 'country', killed: 5 },
        { governorate: { en: 'Diyala' }, wounded: { low: 3, high: 6 } },
        { governorate: { en: 'Atlantis' }, killed: 1 },
      ]),
      'en',
    );
    expect(data.markers).toEqual([
      expect.objectContaining({ placeId: 'iq-diyala', numbers: [1, 3], killed: 2, wounded: 3 }),
    ]);
    expect(data.unplaced.map((u) => [u.number, u.reason, u.place])).toEqual([
      [2, 'country', 'Syria'],
      [4, 'unknown', 'Atlantis'],
    ]);
  });
});

describe('map drawing', () => {
  const seed = seedArticle();

  it('draws a marker per place, numbered labels, the legend, title, date and source line', () => {
    const svg = drawMap(mapData(seed, 'en'), world);
    expect(count(svg, /class="marker/)).toBe(4);
    expect(svg).toContain('>1. Anbar<');
    expect(svg).toContain('>4. Hawija<');
    expect(svg).toContain('>Killed<');
    expect(svg).toContain('>Wounded<');
    expect(svg).toContain('>No casualties stated<');
    expect(svg).toContain('Published 1 November 2020');
    expect(svg).toContain('Source: not stated');
    expect(svg).toMatch(/class="title"[^>]*>Coalition: ISIS can no longer hold ground/);
    // Killed and wounded told apart: Hawija has both circles, Kirkuk only the killed one, Nineveh a grey one.
    expect(svg).toMatch(
      /data-place="iq-kirkuk-hawija"><circle class="wounded"[^>]*fill="#f39c12"[^>]*\/><circle class="killed"/,
    );
    expect(svg).toMatch(/data-place="iq-kirkuk"><circle class="killed"/);
    expect(svg).toMatch(/class="marker none" data-place="iq-nineveh"[^>]*fill="#6c7a89"/);
    // Iraq drawn stronger than its neighbours.
    expect(svg).toContain(`fill="${PALETTE.land}"`);
    expect(svg).toContain(`fill="${PALETTE.neighbour}"`);
  });

  it('in Arabic: Arabic names, right-to-left isolated lines, the same markers', () => {
    const svg = drawMap(mapData(seed, 'ar'), world);
    expect(count(svg, /class="marker/)).toBe(4);
    expect(svg).toContain('>\u20671. الأنبار\u2069<');
    expect(svg).toContain('المصدر: ');
    expect(svg).toContain('غير مذكور');
    expect(svg).not.toMatch(/>[^<]*Anbar/);
  });

  it('sizes markers by casualties and keeps them inside the map', () => {
    const layout = layoutMap(mapData(seed, 'en'));
    const radius = Object.fromEntries(layout.markers.map((m) => [m.marker.placeId, m.radius]));
    expect(radius['iq-kirkuk-hawija']).toBeGreaterThan(radius['iq-kirkuk']!);
    expect(radius['iq-kirkuk']).toBeGreaterThan(radius['iq-anbar']!);
    for (const m of layout.markers) {
      expect(m.x - m.radius).toBeGreaterThanOrEqual(layout.frame.x0);
      expect(m.x + m.radius).toBeLessThanOrEqual(layout.frame.x1);
      expect(m.y - m.radius).toBeGreaterThanOrEqual(layout.frame.y0);
      expect(m.y + m.radius).toBeLessThanOrEqual(layout.frame.y1);
    }
    // West is left, north is up.
    const at = Object.fromEntries(layout.markers.map((m) => [m.marker.placeId, m]));
    expect(at['iq-anbar']!.x).toBeLessThan(at['iq-kirkuk']!.x);
    expect(at['iq-nineveh']!.y).toBeLessThan(at['iq-anbar']!.y);
  });

  it('lists unplaced incidents under the map and refuses to draw an empty one', () => {
    const data = mapData(
      article('one', '2021-05-01', [
        { governorate: { en: 'Basra' }, killed: 1 },
        { precision: 'country', killed: 2 },
      ]),
      'en',
    );
    expect(drawMap(data, world)).toContain('Not on the map: 2');
    const none = mapData(article('none', '2021-05-01', [{ precision: 'country', killed: 2 }]), 'en');
    expect(() => drawMap(none, world)).toThrow();
  });
});

describe('map caption', () => {
  it('is valid Telegram HTML listing every incident with its casualties', () => {
    const caption = mapCaption(mapData(seedArticle(), 'en'));
    const parsed = parseTelegramHtml(caption);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.text).toContain('1. Anbar — 1 killed, number wounded not stated');
    expect(parsed.text).toContain('2. Nineveh — Casualties: not stated');
    expect(parsed.text).toContain('4. Hawija — 4 killed, 3 wounded');
  });

  it('escapes what it quotes and stays within 1,024 characters however many incidents there are', () => {
    const many = article(
      'many',
      '2021-05-01',
      Array.from({ length: 80 }, (_, i) => ({ governorate: { en: i % 2 ? 'Kirkuk' : 'Anbar' }, killed: i })),
      'Agency <A&B>',
    );
    for (const lang of ['ar', 'en'] as const) {
      const caption = mapCaption(mapData(many, lang));
      const parsed = parseTelegramHtml(caption);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.text.length).toBeLessThanOrEqual(1024);
      expect(stripBidiControls(parsed.text)).toContain('Agency <A&B>');
      expect(parsed.text).toMatch(lang === 'en' ? /and \d+ more incidents/ : /و\d+ (حادثة|حوادث) أخرى/);
    }
  });

  it('says why an incident is not on the map', () => {
    const caption = mapCaption(
      mapData(
        article('c', '2021-05-01', [{ governorate: { en: 'Basra' } }, { precision: 'country', killed: 2 }]),
        'en',
      ),
    );
    expect(caption).toContain('Not on the map:');
    expect(caption).toContain(
      '2. Iraq — 2 killed, number wounded not stated (place given only as the country)',
    );
  });
});

describe('chart data', () => {
  it('buckets by week over a short span, with empty weeks kept, and totals per governorate', () => {
    const data = chartData(
      [
        article('a', '2021-03-20', [
          { governorate: { en: 'Kirkuk' }, date: '2021-03-01', killed: 2, wounded: 1 },
        ]),
        article('b', '2021-03-25', [
          { governorate: { en: 'Anbar' }, date: '2021-03-22', killed: { low: 3, high: 5 } },
          { precision: 'country', date: '2021-03-23', killed: 1 },
        ]),
      ],
      'en',
    )!;
    expect(data.unit).toBe('week');
    expect(data.buckets.map((b) => [b.start, b.killed, b.wounded])).toEqual([
      ['2021-03-01', 2, 1],
      ['2021-03-08', 0, 0],
      ['2021-03-15', 0, 0],
      ['2021-03-22', 4, 0],
    ]);
    expect(data.governorates.map((g) => [g.name, g.killed, g.wounded])).toEqual([
      ['Anbar', 3, 0],
      ['Kirkuk', 2, 1],
    ]);
    expect([data.killed, data.wounded, data.briefings]).toEqual([6, 1, 2]);
  });

  it('buckets by month over a long span, and narrows to one governorate', () => {
    const articles = sampleArticles(30);
    const all = chartData(articles, 'en')!;
    expect(all.unit).toBe('month');
    expect(all.buckets[0]!.start).toMatch(/-01$/);
    const kirkuk = governorateByName('Kirkuk')!;
    const narrowed = chartData(articles, 'ar', kirkuk)!;
    expect(narrowed.governorate).toBe('كركوك');
    expect(narrowed.governorates.map((g) => g.id)).toEqual(['iq-kirkuk']);
    expect(narrowed.killed + narrowed.wounded).toBeLessThan(all.killed + all.wounded);
  });

  it('gives nothing to chart when no casualty is stated (never an empty chart)', () => {
    expect(
      chartData([article('q', '2021-03-20', [{ governorate: { en: 'Kirkuk' } }])], 'en'),
    ).toBeUndefined();
    expect(chartData([], 'en')).toBeUndefined();
    expect(chartData([seedArticle()], 'en', governorateByName('Basra')!)).toBeUndefined();
  });
});

describe('chart drawing and caption', () => {
  it('draws a killed and a wounded bar per bucket with counts, axis ticks and the busiest governorates', () => {
    const data = chartData([seedArticle()], 'en')!;
    const svg = drawChart(data);
    expect(count(svg, /class="bar killed"/)).toBe(data.buckets.filter((b) => b.killed > 0).length);
    expect(count(svg, /class="bar wounded"/)).toBe(data.buckets.filter((b) => b.wounded > 0).length);
    expect(svg).toContain('>Governorates with most casualties<');
    expect(svg).toMatch(/class="governorate">Kirkuk</);
    expect(svg).toContain('>by week · 8 killed, 3 wounded<');
    const caption = chartCaption(data);
    expect(parseTelegramHtml(caption).ok).toBe(true);
    expect(caption).toContain('Kirkuk: 7 killed, 3 wounded');
  });

  it('in Arabic runs time from right to left', () => {
    const data = chartData(sampleArticles(8), 'ar')!;
    const svg = drawChart(data);
    const xOf = (start: string) => Number(new RegExp(`data-bucket="${start}" x="([\\d.]+)"`).exec(svg)?.[1]);
    const withBars = data.buckets.filter((b) => b.killed > 0);
    expect(xOf(withBars[0]!.start)).toBeGreaterThan(xOf(withBars.at(-1)!.start));
  });

  it('axis steps are round and cover the data', () => {
    expect(axisTicks(25)).toEqual({ step: 10, top: 30 });
    expect(axisTicks(3)).toEqual({ step: 1, top: 3 });
    expect(axisTicks(0)).toEqual({ step: 1, top: 1 });
    expect(axisTicks(1234)).toEqual({ step: 500, top: 1500 });
  });
});

describe('svg text', () => {
  it('escapes text and isolates Arabic lines', () => {
    expect(textLine('a <b> & "c"', { x: 1, y: 2, size: 10, lang: 'en' })).toContain(
      '>a &#60;b&#62; &#38; &#34;c&#34;<',
    );
    expect(textLine('نص', { x: 1, y: 2, size: 10, lang: 'ar' })).toContain('>\u2067نص\u2069<');
  });

  it('wraps long titles and cuts with an ellipsis', () => {
    const lines = wrapText('word '.repeat(100), 20, 300, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});
