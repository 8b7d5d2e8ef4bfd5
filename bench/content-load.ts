/**
 * Content loading at scale: 2,000 articles (variants of the articles in content/, each under its
 * own id and date) written to a temp folder and loaded with loadContentDir from scratch (as at
 * start-up), and again with the parse results kept (as at a /reload), median of rounds with the
 * spread, then the swap into a serving ContentRepository. Target: a load under 1 s.
 *
 *   npx tsx bench/content-load.ts [articles=2000] [rounds=5]
 *
 * The files are read once untimed first, so the figures are of a warm page cache, as at a /reload.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const log = pino({ level: 'warn' });
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
  const loads: number[] = [];
  const reloads: number[] = [];
  const replaces: number[] = [];
  // What a running bot keeps between loads (app.ts): a /reload of unchanged files parses nothing.
  const kept: ParsedFiles = new Map();
  const repository = new ContentRepository(await loadContentDir(dir, log, kept));
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    await loadContentDir(dir, log);
    loads.push(performance.now() - started);
    started = performance.now();
    const snapshot = await loadContentDir(dir, log, kept);
    reloads.push(performance.now() - started);
    started = performance.now();
    repository.replace(snapshot);
    replaces.push(performance.now() - started);
  }
  const show = (ms: number[]) =>
    `${median(ms).toFixed(0)} ms [${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}]`;
  console.log(
    `content-load: ${count} articles (${(bytes / 2 ** 20).toFixed(1)} MiB), ${rounds} rounds, median [min–max]`,
  );
  console.log(
    `content-load: loadContentDir ${show(loads)}  target < ${TARGET_MS} ms ${median(loads) < TARGET_MS ? 'met' : 'not met'}`,
  );
  console.log(`content-load: reload with the parse results kept (unchanged files) ${show(reloads)}`);
  console.log(`content-load: then ContentRepository.replace (what changed, for /reload) ${show(replaces)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
