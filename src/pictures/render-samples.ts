import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadContentDir } from '../content/load.js';
import type { Article, Language } from '../content/schema.js';
import { governorateByName } from '../places/resolve.js';
import { chartData } from './chart-data.js';
import { drawChart } from './chart-svg.js';
import { pictureFontFiles } from './fonts.js';
import { mapData } from './map-data.js';
import { drawMap } from './map-svg.js';
import { createRasteriser } from './rasterise.js';
import { sampleArticles } from './samples.js';
import { loadWorld } from './world.js';

/**
 * `npm run render-samples -- OUT_DIR`: the maps of the served articles (CONTENT_DIR, default
 * content/) and of a made-up briefing with many places, and charts over the served and made-up
 * briefings, in Arabic and English, as PNG and SVG — for looking at them.
 */
async function main(outDir: string | undefined): Promise<void> {
  if (!outDir) {
    console.error('usage: npm run render-samples -- OUT_DIR');
    process.exit(2);
  }
  await mkdir(outDir, { recursive: true });
  const content = await loadContentDir(process.env.CONTENT_DIR ?? 'content', pino({ level: 'warn' }));
  const samples = sampleArticles();
  const world = loadWorld();
  const rasterise = createRasteriser(pictureFontFiles());
  const write = async (name: string, svg: string) => {
    await writeFile(join(outDir, `${name}.svg`), svg);
    await writeFile(join(outDir, `${name}.png`), await rasterise(svg));
    console.log(join(outDir, `${name}.png`));
  };
  const busiest = samples.reduce((a, b) =>
    b.briefing.incidents.length > a.briefing.incidents.length ? b : a,
  );
  const mapped: Article[] = [...content.articles, busiest];
  const everything = [...content.articles, ...samples];
  for (const lang of ['ar', 'en'] as Language[]) {
    for (const article of mapped) {
      const data = mapData(article, lang);
      if (data.markers.length > 0) await write(`map-${article.briefing.id}-${lang}`, drawMap(data, world));
    }
    const chart = chartData(everything, lang);
    if (chart) await write(`chart-${lang}`, drawChart(chart));
    const kirkuk = chartData(everything, lang, governorateByName('Kirkuk') ?? null);
    if (kirkuk) await write(`chart-kirkuk-${lang}`, drawChart(kirkuk));
    const seedChart = chartData(content.articles, lang);
    if (seedChart) await write(`chart-content-${lang}`, drawChart(seedChart));
  }
}

await main(process.argv[2]);
