import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/load.js';
import type { Article, Incident } from '../../src/content/schema.js';
import { FIXTURE_CONTENT } from '../support/fixture-content.js';
import { capturingLogger } from './fixtures.js';

const SEED_TEXT = '/work/shared/seed/000_ed127326e84fb47c.txt';

async function loadSeed(): Promise<Article> {
  const { articles, problems } = await loadContentDir(FIXTURE_CONTENT, capturingLogger().log);
  expect(problems).toEqual([]);
  const seed = articles.find((a) => a.briefing.id === '2020-11-01-coalition-isis');
  if (seed === undefined) throw new Error('seed article not served');
  return seed;
}

function incident(seed: Article, id: string): Incident {
  const found = seed.briefing.incidents.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no incident ${id}`);
  return found;
}

describe('the seed briefing (the fixture copy of content/)', () => {
  it('loads with zero problems and serves the seed as Arabic, published 2020-11-01, with no invented source', async () => {
    const { briefing } = await loadSeed();
    expect(briefing).toMatchObject({ language: 'ar', published: '2020-11-01', status: 'published', source: { name: null, url: null } });
    expect(briefing.title.ar).toBeTruthy();
    expect(briefing.title.en).toBeTruthy();
    for (const bullets of [briefing.summary.ar, briefing.summary.en]) {
      expect(bullets?.length).toBeGreaterThanOrEqual(4);
      expect(bullets?.length).toBeLessThanOrEqual(6);
    }
    expect(briefing.tags).toEqual(expect.arrayContaining(['isis', 'iraq', 'syria', 'coalition', 'kirkuk', 'anbar', 'nineveh']));
  });

  it.skipIf(!existsSync(SEED_TEXT))('keeps the article text verbatim as the body', async () => {
    expect((await loadSeed()).body).toBe(readFileSync(SEED_TEXT, 'utf8'));
  });

  it('has the figures the article states', async () => {
    const figures = (await loadSeed()).briefing.figures.map(({ value, approximate, unit }) => ({ value, approximate, unit }));
    expect(figures).toEqual(
      expect.arrayContaining([
        { value: 40000, approximate: false, unit: null },
        { value: 110000, approximate: true, unit: 'km²' },
        { value: 2014, approximate: false, unit: null },
        { value: 2017, approximate: false, unit: null },
        { value: 2019, approximate: false, unit: null },
        { value: 3000, approximate: false, unit: null },
      ]),
    );
  });

  it('has all four incidents, dated against the article date', async () => {
    const seed = await loadSeed();
    expect(seed.briefing.incidents.map((i) => i.id)).toEqual([
      'anbar-financier-killed',
      'nineveh-tunnel-destroyed',
      'kirkuk-village-killings',
      'hawija-police-station-attack',
    ]);
    const october = { from: '2020-10-01', to: '2020-10-31', precision: 'month' };

    const anbar = incident(seed, 'anbar-financier-killed');
    expect(anbar.date).toMatchObject({ ...october, text: 'في الشهر الماضي' });
    expect(anbar.place).toMatchObject({ country: 'IQ', governorate: { ar: 'الأنبار', en: 'Anbar' }, precision: 'governorate' });
    expect([anbar.killed, anbar.wounded]).toEqual([1, null]);

    const nineveh = incident(seed, 'nineveh-tunnel-destroyed');
    expect(nineveh.date).toMatchObject(october);
    expect(nineveh.place).toMatchObject({ country: 'IQ', governorate: { ar: 'نينوى', en: 'Nineveh' }, precision: 'governorate' });
    expect([nineveh.killed, nineveh.wounded]).toEqual([null, null]);

    const village = incident(seed, 'kirkuk-village-killings');
    expect(village.date).toEqual({ from: '2020-10-19', to: '2020-10-19', precision: 'day', text: 'في 19 تشرين الأول' });
    expect(village.place).toMatchObject({ country: 'IQ', governorate: { ar: 'كركوك', en: 'Kirkuk' }, precision: 'locality' });
    expect(village.place.locality?.ar).toBe('قرية شمال محافظة كركوك');
    expect(village.actors).toHaveLength(1);
    expect(village.event).toEqual({ type: 'violence_against_civilians', subType: 'attack' });
    expect([village.killed, village.wounded]).toEqual([3, null]);

    const hawija = incident(seed, 'hawija-police-station-attack');
    expect(hawija.date).toMatchObject({ ...october, text: 'في وقت سابق من تشرين الأول' });
    expect(hawija.place).toMatchObject({
      country: 'IQ',
      governorate: { ar: 'كركوك', en: 'Kirkuk' },
      district: { ar: 'الحويجة', en: 'Hawija' },
      precision: 'district',
    });
    expect(hawija.actors).toEqual([]);
    expect(hawija.target?.en).toMatch(/police station/);
    expect([hawija.killed, hawija.wounded]).toEqual([4, 3]);
  });

  it("quotes the article's own words for every place and every dated incident", async () => {
    const seed = await loadSeed();
    for (const i of seed.briefing.incidents) {
      expect(seed.body).toContain(i.place.text);
      if (i.date.text !== null) expect(seed.body).toContain(i.date.text);
    }
  });
});
