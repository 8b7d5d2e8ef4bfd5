/**
 * Intake pipeline benchmark: `npx tsx bench/intake.ts [--articles N] [--dir DIR[,DIR…]]`.
 * Builds a corpus from the dev articles (`dev/` and the real ones of `dev-real/`) (paragraphs shuffled, numbers and publication dates changed,
 * seeded so runs compare), then times, on this one thread, a baseline (normalising and splitting
 * sentences) and the whole pipeline over the same corpus. Prints plain lines; ratios are against the baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays } from '../src/intake/dates/calendar.js';
import { ingest } from '../src/intake/ingest.js';
import { detectLanguage } from '../src/intake/article/language.js';
import { splitRawArticle } from '../src/intake/article/raw-article.js';
import { splitSentences } from '../src/intake/article/sentences.js';
import { normalizeForMatch } from '../src/text/normalize.js';
import { seededRandom } from './support/random.js';

interface Sample {
  raw: string;
  published: string;
}

function loadDev(dir: string): Sample[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => {
      const gold = JSON.parse(readFileSync(join(dir, n), 'utf8')) as { text?: string; published: string };
      const textPath = gold.text ? join(dir, gold.text) : join(dir, n.replace(/\.json$/, '.txt'));
      return { raw: readFileSync(textPath, 'utf8'), published: gold.published };
    });
}

/** One variant: body paragraphs shuffled, each number nudged (same digit count), publication moved. */
function vary(sample: Sample, next: () => number): Sample {
  const { title, paragraphs } = splitRawArticle(sample.raw);
  const shuffled = [...paragraphs];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
  }
  const body = shuffled
    .join('\n\n')
    .replace(/\b\d{1,3}\b/g, (d) => String(Math.max(1, Number(d) + Math.floor(next() * 5) - 2)));
  return { raw: `${title}\n\n${body}\n`, published: addDays(sample.published, Math.floor(next() * 60) - 30) };
}

function argValue(flag: string, fallback: string): string {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function time(corpus: readonly Sample[], work: (s: Sample) => void): number {
  const start = performance.now();
  for (const sample of corpus) work(sample);
  return (performance.now() - start) / 1000;
}

const size = Number(argValue('--articles', '1200'));
const shared = join(import.meta.dirname, '../../shared/intake');
const dev = argValue('--dir', `${join(shared, 'dev')},${join(shared, 'dev-real')}`)
  .split(',')
  .flatMap(loadDev);
const next = seededRandom(20201101);
const corpus = Array.from({ length: size }, (_, i) => vary(dev[i % dev.length] as Sample, next));

const baseline = (s: Sample): void => {
  const { paragraphs } = splitRawArticle(s.raw);
  normalizeForMatch(s.raw);
  splitSentences(paragraphs, detectLanguage(s.raw));
};
let failures = 0;
const pipeline = (s: Sample): void => {
  if (!ingest(s.raw, { published: s.published }).ok) failures++;
};

// warm up both paths (regex compilation, the gazetteer index) before measuring
corpus.slice(0, 20).forEach((s) => {
  baseline(s);
  pipeline(s);
});
failures = 0;

const rssStart = process.resourceUsage().maxRSS;
const baseSeconds = time(corpus, baseline);
const rssBaseline = process.resourceUsage().maxRSS;
const pipeSeconds = time(corpus, pipeline);
const rssPipeline = process.resourceUsage().maxRSS;

const rate = (seconds: number): string => (corpus.length / seconds).toFixed(1);
console.log(
  `corpus: ${corpus.length} articles from ${dev.length} dev articles (shuffled paragraphs, changed numbers and dates)`,
);
console.log(`baseline (normalise + sentences): ${baseSeconds.toFixed(3)} s, ${rate(baseSeconds)} articles/s`);
console.log(
  `pipeline (ingest): ${pipeSeconds.toFixed(3)} s, ${rate(pipeSeconds)} articles/s, ${failures} failed`,
);
console.log(`pipeline time / baseline time: ${(pipeSeconds / baseSeconds).toFixed(1)}x`);
console.log(
  `peak memory (maxRSS): start ${(rssStart / 1024).toFixed(1)} MB, after baseline ${(rssBaseline / 1024).toFixed(1)} MB, after pipeline ${(rssPipeline / 1024).toFixed(1)} MB`,
);
console.log(`peak memory pipeline / baseline: ${(rssPipeline / rssBaseline).toFixed(2)}x`);
