import { describe, expect, it } from 'vitest';
import { chartData } from '../../src/pictures/chart-data.js';
import { CHART_SIZE, drawChart } from '../../src/pictures/chart-svg.js';
import { pictureFontFiles } from '../../src/pictures/fonts.js';
import { mapData } from '../../src/pictures/map-data.js';
import { drawMap, layoutMap, MAP_SIZE } from '../../src/pictures/map-svg.js';
import { PALETTE } from '../../src/pictures/palette.js';
import { createRasteriser } from '../../src/pictures/rasterise.js';
import { sampleArticles } from '../../src/pictures/samples.js';
import { loadWorld } from '../../src/pictures/world.js';
import { seedArticle } from './articles.js';
import { decodePng, near } from './png.js';

const rasterise = createRasteriser(pictureFontFiles());
const world = loadWorld();

describe('rasterised map', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`puts each marker's colour where the projection puts its place (${lang})`, async () => {
      const data = mapData(seedArticle(), lang);
      const png = decodePng(await rasterise(drawMap(data, world)));
      expect([png.width, png.height]).toEqual([MAP_SIZE.width, MAP_SIZE.height]);
      expect(png.colours()).toBeGreaterThan(100);
      const at = Object.fromEntries(layoutMap(data).markers.map((m) => [m.marker.placeId, m]));
      // Centres: the killed colour where someone was killed, grey where nothing is stated.
      for (const id of ['iq-anbar', 'iq-kirkuk', 'iq-kirkuk-hawija'])
        expect(near(png.at(at[id]!.x, at[id]!.y), PALETTE.killed)).toBe(true);
      expect(near(png.at(at['iq-nineveh']!.x, at['iq-nineveh']!.y), PALETTE.noCasualties)).toBe(true);
      // Hawija's ring: wounded around the killed core.
      const hawija = at['iq-kirkuk-hawija']!;
      expect(near(png.at(hawija.x, hawija.y - hawija.radius + 4), PALETTE.wounded)).toBe(true);
      // Away from every marker, no marker colour.
      expect(near(png.at(MAP_SIZE.width - 40, 300), PALETTE.killed)).toBe(false);
    });
  }
});

describe('rasterised chart', () => {
  it('draws bars in both colours on a white page of the chart size', async () => {
    const data = chartData(sampleArticles(), 'en')!;
    const png = decodePng(await rasterise(drawChart(data)));
    expect([png.width, png.height]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
    let killed = 0;
    let wounded = 0;
    for (let x = 100; x < 760; x += 2) {
      const pixel = png.at(x, CHART_SIZE.height - 125);
      if (near(pixel, PALETTE.killed, 10)) killed++;
      if (near(pixel, PALETTE.wounded, 10)) wounded++;
    }
    expect(killed).toBeGreaterThan(5);
    expect(wounded).toBeGreaterThan(5);
    expect(png.at(5, 5)).toEqual([255, 255, 255]);
  });
});

/**
 * resvg ignores `direction="rtl"`; the drawing isolates Arabic lines instead. This checks the
 * outcome on pixels: in "ا." (alef, full stop) read right to left, the stop is left of the alef.
 */
describe('Arabic laid out right to left', () => {
  it('puts a line-final full stop on the left of an Arabic word', async () => {
    const { textLine } = await import('../../src/pictures/svg.js');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="600" height="300" fill="#fff"/>${textLine('ا.', { x: 100, y: 250, size: 200, lang: 'ar', align: 'left' })}</svg>`;
    const png = decodePng(await rasterise(svg));
    const tall: number[] = [];
    const low: number[] = [];
    for (let x = 0; x < png.width; x++) {
      let top = false;
      let bottom = false;
      for (let y = 0; y < png.height; y++) {
        if (png.at(x, y)[0] < 100) {
          if (y < 180) top = true;
          else bottom = true;
        }
      }
      if (top) tall.push(x);
      else if (bottom) low.push(x);
    }
    // The stop's columns (ink only near the baseline) lie left of the alef's (tall ink).
    const mean = low.reduce((sum, x) => sum + x, 0) / low.length;
    expect(mean).toBeLessThan(Math.min(...tall));
  });
});
