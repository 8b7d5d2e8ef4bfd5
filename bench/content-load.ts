/**
 * Content loading at scale: 2,000 articles (variants of the articles in content/, each under its
 * own id and date) written to a temp folder and loaded with loadContentDir from scratch (as at
 * start-up), and again with the parse results kept (as at a /reload), median of rounds with the
 * spread, then the swap into a serving ContentRepository. Target: a load under 1 s. The baseline,
 * timed in the same rounds: reading the same data as JSON files (one per article, the parsed
 * briefing and body) with the same concurrency and JSON.parse of each, the least a load could cost.
 *
 *   npx tsx bench/content-load.ts [articles=2000] [rounds=5]
 *
 * The files are read once untimed first, so the figures are of a warm page cache, as at a /reload.
 * The loader reads one file at a time and yields between files; an untimed load and reload with a
 * chain of setImmediate callbacks running beside them measure the longest the event loop was held.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadContentDir, type ParsedFiles } from '../src/content/load.js';
import { ContentRepository } from '../src/content/repository.js';
import { median } from './support/stats.js';

const TARGET_MS = 1000;
const SOURCE_DIR = 'content';

const positive = (arg: string | undefined, fallback: number, name: string): number => {
  const value = arg === undefined ? fallback : Number(arg);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got ${arg}`);
  return value;
};
const count = positive(process.argv[2], 2000, 'articles');
const rounds = positive(process.argv[3], 5, 'rounds');

/** The i-th variant of a source article: a new id and a published date one day earlier per variant. */
function variant(source: string, i: number): string {
  const published = new Date(Date.UTC(2020, 10, 1) - i * 86_400_000).toISOString().slice(0, 10);
  return source
    .replace(/^id: (.+)$/m, (_, id: string) => `id: ${id.trim()}-v${i}`)
    .replace(/^published: .+$/m, `published: ${published}`);
}

const sources = readdirSync(SOURCE_DIR)
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(join(SOURCE_DIR, name), 'utf8'));
if (sources.length === 0) throw new Error(`no articles in ${SOURCE_DIR}/ to make variants of`);
const dir = mkdtempSync(join(tmpdir(), 'mawjaz-bench-content-'));
const jsonDir = join(dir, 'as-json');
const log = pino({ level: 'warn' });

/** The baseline: every JSON file in `jsonDir` read (64 at once, as loadContentDir) and parsed. */
async function readJsonFiles(): Promise<unknown[]> {
  const paths = readdirSync(jsonDir).map((name) => join(jsonDir, name));
  const parsed: unknown[] = new Array<unknown>(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      parsed[i] = JSON.parse(await readFile(paths[i]!, 'utf8'));
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
  return parsed;
}
/** The longest gap between the turns of a setImmediate chain while `work` runs: how long other work waited. */
async function longestHold(work: () => Promise<unknown>): Promise<number> {
  let done = false;
  let last = performance.now();
  let longest = 0;
  const turn = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (!done) setImmediate(turn);
  };
  setImmediate(turn);
  await work();
  done = true;
  return longest;
}

try {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = variant(sources[i % sources.length]!, i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.md`), text);
  }
  const first = await loadContentDir(dir, log);
  if (first.articles.length !== count || first.problems.length > 0)
    throw new Error(
      `loaded ${first.articles.length} of ${count}: ${JSON.stringify(first.problems.slice(0, 3))}`,
    );
  // A subfolder: loadContentDir reads only the files directly in `dir`.
  mkdirSync(jsonDir);
  for (const [i, { briefing, body }] of first.articles.entries())
    writeFileSync(
      join(jsonDir, `article-${String(i).padStart(5, '0')}.json`),
      JSON.stringify({ briefing, body }),
    );
  if ((await readJsonFiles()).length !== count) throw new Error('the JSON baseline read the wrong files');
  const baselines: number[] = [];
  const loads: number[] = [];
  // CPU time of the process (every thread) during each load: on a busy machine, where the wall
  // clock includes waiting for a core, closer to what the load costs.
  const loadsCpu: number[] = [];
  const reloads: number[] = [];
  const replaces: number[] = [];
  // What a running bot keeps between loads (app.ts): a /reload of unchanged files parses nothing.
  const kept: ParsedFiles = new Map();
  const repository = new ContentRepository(await loadContentDir(dir, log, kept));
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    await readJsonFiles();
    baselines.push(performance.now() - started);
    started = performance.now();
    const cpu = process.cpuUsage();
    await loadContentDir(dir, log);
    loads.push(performance.now() - started);
    const { user, system } = process.cpuUsage(cpu);
    loadsCpu.push((user + system) / 1000);
    started = performance.now();
    const snapshot = await loadContentDir(dir, log, kept);
    reloads.push(performance.now() - started);
    started = performance.now();
    repository.replace(snapshot);
    replaces.push(performance.now() - started);
  }
  const heldLoad = await longestHold(() => loadContentDir(dir, log));
  const heldReload = await longestHold(() => loadContentDir(dir, log, kept));
  const show = (ms: number[]) =>
    `${median(ms).toFixed(0)} ms [${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}]`;
  console.log(
    `content-load: ${count} articles (${(bytes / 2 ** 20).toFixed(1)} MiB), ${rounds} rounds, median [min–max]`,
  );
  console.log(`content-load: baseline, the same data as JSON files read and parsed ${show(baselines)}`);
  console.log(
    `content-load: loadContentDir ${show(loads)} (${(median(loads) / median(baselines)).toFixed(1)} × the baseline)  target < ${TARGET_MS} ms ${median(loads) < TARGET_MS ? 'met' : 'not met'}`,
  );
  console.log(`content-load: loadContentDir's CPU time (all threads) ${show(loadsCpu)}`);
  console.log(`content-load: reload with the parse results kept (unchanged files) ${show(reloads)}`);
  console.log(`content-load: then ContentRepository.replace (what changed, for /reload) ${show(replaces)}`);
  console.log(
    `content-load: longest the event loop was held, from scratch ${heldLoad.toFixed(1)} ms, on a reload ${heldReload.toFixed(1)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
