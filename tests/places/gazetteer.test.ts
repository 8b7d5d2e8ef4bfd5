import { describe, expect, it } from 'vitest';
import { allEntries, gazetteerEntries, regionEntries } from '../../src/places/gazetteer.js';
import { buildPlaceIndex, type NamePattern } from '../../src/places/name-index.js';
import { parseNames } from '../../src/places/rows.js';
import { matchKey } from '../../src/text/normalize.js';

const entries = gazetteerEntries();
const byId = new Map(entries.map((e) => [e.id, e]));
const BOUNDS = {
  IQ: { lat: [29, 37.5], lon: [38.7, 48.7] },
  SY: { lat: [32.2, 37.4], lon: [35.6, 42.5] },
} as const;

describe('gazetteer data', () => {
  it('has unique ids and parents that exist', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      if (e.kind === 'governorate') expect(e.parent, e.id).toBeNull();
      else expect(byId.has(e.parent ?? ''), `${e.id} → ${e.parent}`).toBe(true);
      if (e.kind === 'district') expect(byId.get(e.parent ?? '')?.kind, e.id).toBe('governorate');
      if (e.capital !== undefined) expect(byId.get(e.capital)?.parent, e.id).toBe(e.id);
    }
  });

  it('counts 19 Iraqi governorates (18 + Halabja) and 14 Syrian ones, each with districts', () => {
    const governorates = entries.filter((e) => e.kind === 'governorate');
    expect(governorates.filter((e) => e.country === 'IQ')).toHaveLength(19);
    expect(governorates.filter((e) => e.country === 'SY')).toHaveLength(14);
    for (const g of governorates)
      expect(
        entries.some((e) => e.kind === 'district' && e.parent === g.id),
        g.id,
      ).toBe(true);
    expect(entries.filter((e) => e.kind === 'district' && e.country === 'IQ').length).toBeGreaterThanOrEqual(
      100,
    );
    expect(entries.filter((e) => e.kind === 'district' && e.country === 'SY').length).toBeGreaterThanOrEqual(
      60,
    );
  });

  it('keeps coordinates inside the country', () => {
    for (const e of entries) {
      const b = BOUNDS[e.country];
      expect(e.lat, e.id).toBeGreaterThanOrEqual(b.lat[0]);
      expect(e.lat, e.id).toBeLessThanOrEqual(b.lat[1]);
      expect(e.lon, e.id).toBeGreaterThanOrEqual(b.lon[0]);
      expect(e.lon, e.id).toBeLessThanOrEqual(b.lon[1]);
    }
  });

  it('has a canonical name in both languages, and flags only names it lists', () => {
    for (const e of allEntries()) {
      expect(e.names.en[0]?.length, e.id).toBeGreaterThan(0);
      expect(e.names.ar[0], e.id).toMatch(/[\u0600-\u06FF]/);
      for (const flagged of [...(e.needsCue ?? []), ...(e.needsArticle ?? []), ...(e.displayOnly ?? [])]) {
        expect([...e.names.en, ...e.names.ar], e.id).toContain(flagged);
      }
    }
  });

  it('gives regions at least two governorates that exist', () => {
    for (const r of regionEntries()) {
      expect(r.spans.length, r.id).toBeGreaterThanOrEqual(2);
      for (const g of r.spans) expect(byId.get(g)?.kind, `${r.id} → ${g}`).toBe('governorate');
    }
  });

  it('never gives one matchable name to two places', () => {
    const owner = new Map<string, string>();
    for (const list of buildPlaceIndex(allEntries()).byFirstWord.values()) {
      for (const p of list) {
        const key = `${p.arabic}:${p.words.map((w) => `${w.article}${w.core}`).join(' ')}`;
        expect(owner.get(key) ?? p.entry.id, key).toBe(p.entry.id);
        owner.set(key, p.entry.id);
      }
    }
  });

  it.each([
    ['iq-anbar', ['Ramadi', 'Fallujah', 'Hit', 'Haditha', 'Anah', 'Rawa', 'Qaim', 'Rutba']],
    [
      'iq-nineveh',
      ['Mosul', 'Tal Afar', 'Sinjar', 'Hamdaniya', 'Tel Kaif', 'Shekhan', 'Akre', 'Hatra', 'Baaj'],
    ],
    ['iq-kirkuk', ['Kirkuk', 'Hawija', 'Daquq', 'Dibis']],
    ['iq-salahuddin', ['Tikrit', 'Samarra', 'Baiji', 'Balad', 'Dujail', 'Shirqat', 'Tuz Khurmatu']],
    ['iq-diyala', ['Baqubah', 'Muqdadiyah', 'Khalis', 'Khanaqin', 'Baladruz', 'Kifri']],
    ['sy-deir-ez-zor', ['Deir ez-Zor', 'al-Mayadin', 'Albu Kamal']],
    ['sy-aleppo', ['al-Bab', 'Manbij', 'Jarabulus', 'Azaz', 'Afrin']],
    ['sy-hasakah', ['Hasakah', 'Qamishli', 'Ras al-Ayn', 'al-Malikiyah']],
  ] as const)('%s has the districts %j', (governorate, names) => {
    const districts = entries.filter((e) => e.kind === 'district' && e.parent === governorate);
    for (const name of names) {
      expect(
        districts.some((d) => d.names.en.some((n) => matchKey(n) === matchKey(name))),
        name,
      ).toBe(true);
    }
  });
});

describe('parseNames', () => {
  it('reads flags off names and keeps the order', () => {
    expect(parseNames('?Hit|Heet|?!al-Rai', '#بلد|قضاء بلد')).toEqual({
      names: { en: ['Hit', 'Heet', 'al-Rai'], ar: ['بلد', 'قضاء بلد'] },
      needsCue: ['Hit', 'al-Rai'],
      needsArticle: ['al-Rai'],
      displayOnly: ['بلد'],
    });
  });
});

describe('ambiguity flags', () => {
  it('flags every spelling that reduces to an ambiguous one (al-Fao must not match "FAO")', () => {
    const index = buildPlaceIndex(allEntries());
    const key = (p: NamePattern): string =>
      `${p.entry.id}|${p.words.map((w) => `${w.article}${w.core}`).join(' ')}`;
    for (const list of index.byFirstWord.values()) {
      const ambiguous = new Set(list.filter((p) => p.needsCue).map(key));
      for (const p of list) {
        if (p.needsCue || p.needsArticle) continue;
        expect(ambiguous.has(key(p)), `${p.entry.id}: ${p.name}`).toBe(false);
      }
    }
  });
});
