/**
 * Pictures benchmark: `npx tsx bench/pictures.ts [--rounds N]`.
 * Times drawing (SVG) and rasterising (PNG) the seed article's map and a chart over several
 * briefings, against a baseline of rasterising an almost empty page of the same size; then, through
 * the real telegraf client against the fake Bot API and a real SQLite file, first sends (draw, upload,
 * store the file_id) and repeated sends (by file_id) per second, against plain text messages.
 * Plain lines; ratios are against the baselines measured in the same run; never pass/fail.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { BotApiClient } from '../src/telegram/bot-api-client.js';
import { parseArticle } from '../src/content/parse.js';
import type { Article } from '../src/content/schema.js';
import { startFakeBotApi } from '../src/fake-telegram/server.js';
import { chartData } from '../src/pictures/chart-data.js';
import { drawChart } from '../src/pictures/chart-svg.js';
import { pictureFontFiles } from '../src/pictures/fonts.js';
import { mapData } from '../src/pictures/map-data.js';
import { drawMap, MAP_SIZE } from '../src/pictures/map-svg.js';
import { createPictureService } from '../src/pictures/picture-service.js';
import { createRasteriser } from '../src/pictures/rasterise.js';
import { sampleArticles } from '../src/pictures/samples.js';
import { svgDocument, textLine } from '../src/pictures/svg.js';
import { loadWorld } from '../src/pictures/world.js';
import { openStore } from '../src/store/open.js';
import { peakRssMiB } from './support/memory.js';
import { ratio, rate } from './support/format.js';
import { median } from './support/stats.js';

function argValue(flag: string, fallback: string): string {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const rounds = Number(argValue('--rounds', '20'));
const seedPath = 'content/2020-11-01-coalition-isis.md';
const parsed = parseArticle(seedPath, readFileSync(seedPath, 'utf8'));
if (!parsed.ok) throw new Error(`cannot read ${seedPath}`);
const seed: Article = parsed.article;
const samples = sampleArticles(24);

const rssStart = peakRssMiB();
const loadStarted = performance.now();
const world = loadWorld();
const loadMs = performance.now() - loadStarted;
const rasterise = createRasteriser(pictureFontFiles());

async function timesMs(work: () => Promise<unknown> | unknown): Promise<number[]> {
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

const blank = svgDocument(MAP_SIZE, [textLine('Mawjaz', { x: 40, y: 60, size: 30, lang: 'en' })]);
const baseline = median(await timesMs(() => rasterise(blank)));
const mapSvg = median(await timesMs(() => drawMap(mapData(seed, 'ar'), world)));
const mapPng = median(await timesMs(async () => rasterise(drawMap(mapData(seed, 'ar'), world))));
const chartSvg = median(await timesMs(() => drawChart(chartData(samples, 'ar')!)));
const chartPng = median(await timesMs(async () => rasterise(drawChart(chartData(samples, 'ar')!))));
const rssDrawing = peakRssMiB();

console.log(`rounds: ${rounds}; borders loaded in ${loadMs.toFixed(0)} ms`);
console.log(
  `baseline (rasterise a blank ${MAP_SIZE.width}×${MAP_SIZE.height} page): ${baseline.toFixed(1)} ms`,
);
console.log(
  `map (seed article, Arabic): draw ${mapSvg.toFixed(1)} ms, draw + rasterise ${mapPng.toFixed(1)} ms (${ratio(mapPng, baseline)} baseline)`,
);
console.log(
  `chart (${samples.length} briefings, Arabic): draw ${chartSvg.toFixed(1)} ms, draw + rasterise ${chartPng.toFixed(1)} ms (${ratio(chartPng, baseline)} baseline)`,
);
console.log(
  `peak memory (maxRSS): start ${rssStart.toFixed(1)} MiB, after drawing ${rssDrawing.toFixed(1)} MiB`,
);

// Sends through the real client, the fake Bot API and a real SQLite store.
const fake = await startFakeBotApi();
const dir = mkdtempSync(join(tmpdir(), 'mawjaz-bench-pictures-'));
const store = await openStore({ databasePath: join(dir, 'bench.db') });
const telegram = new BotApiClient({ token: fake.token, apiRoot: fake.apiRoot });
const pictures = createPictureService({
  fileIds: store.fileIds,
  rasterise,
  world: () => world,
  log: pino({ level: 'warn' }),
});
const chatId = 1001;
const send = (picture: NonNullable<ReturnType<typeof pictures.map>>) =>
  pictures.send(picture, (photo, extra) => telegram.sendPhoto(chatId, photo, extra));

const textStarted = performance.now();
for (let i = 0; i < rounds * 5; i++) await telegram.sendMessage(chatId, `message ${i}`);
const textRate = (rounds * 5 * 1000) / (performance.now() - textStarted);

// First sends: every sample's map in both languages, each drawn and uploaded once.
const firsts = samples
  .flatMap((a) => (['ar', 'en'] as const).map((lang) => pictures.map(a, lang)))
  .filter((p) => p !== undefined);
const firstStarted = performance.now();
for (const picture of firsts) await send(picture);
const firstRate = (firsts.length * 1000) / (performance.now() - firstStarted);

const repeatStarted = performance.now();
for (let i = 0; i < rounds * 5; i++) await send(firsts[i % firsts.length]!);
const repeatRate = (rounds * 5 * 1000) / (performance.now() - repeatStarted);
const uploads = fake.calls.filter(
  (c) => c.method === 'sendPhoto' && typeof c.params.photo !== 'string',
).length;

console.log(`baseline (sendMessage): ${rate(textRate)} messages/s`);
console.log(
  `first sends (draw + upload + store file_id): ${rate(firstRate)} pictures/s over ${firsts.length} maps (${ratio(firstRate, textRate)} baseline)`,
);
console.log(
  `repeated sends (by file_id): ${rate(repeatRate)} pictures/s over ${rounds * 5} sends (${ratio(repeatRate, textRate)} baseline); uploads in all: ${uploads}`,
);
console.log(`peak memory (maxRSS) at the end: ${peakRssMiB().toFixed(1)} MiB`);

await store.close();
await fake.close();
rmSync(dir, { recursive: true, force: true });
