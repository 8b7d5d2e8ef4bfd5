import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { Incident } from '../../content/schema.js';
import { Gold } from '../eval/gold.js';
import { draftOutcomes } from '../eval/score.js';
import { isMainModule, runCliMain, type CliIo } from '../cli-main.js';
import type { TrainingArticle } from './training-rows.js';

const PROBES = 'tests/intake';
const FIRST_RUN_FILE = 'BASELINE.txt';

/**
 * `npm run review:collect -- --out FILE [--skip REGEX]`: the review model's training rows. Every
 * probe batch was written blind and scored once before anyone read it (its BASELINE.txt); the commit
 * that added that file holds the code of that first run. This unpacks each such commit's `src/`,
 * drafts the batch with it again, and labels each drafted incident right, wrong or background with
 * today's scorer. Batches whose name matches --skip are left out (kept for measuring the model).
 * Needs the git history; takes about ten minutes.
 */
async function collect(io: CliIo): Promise<number> {
  const out = valueOf(io.argv, '--out');
  const skip = valueOf(io.argv, '--skip');
  if (!out) {
    io.stderr('usage: review:collect --out FILE [--skip REGEX]');
    return 2;
  }
  const byCommit = new Map<string, string[]>();
  for (const set of readdirSync(PROBES)
    .filter((d) => existsSync(join(PROBES, d, FIRST_RUN_FILE)))
    .sort()) {
    if (skip && new RegExp(skip).test(set)) continue;
    const commit = git(
      'log',
      '--diff-filter=A',
      '--format=%H',
      '-1',
      '--',
      join(PROBES, set, FIRST_RUN_FILE),
    );
    byCommit.set(commit, [...(byCommit.get(commit) ?? []), join(PROBES, set)]);
  }
  const work = mkdtempSync(join(tmpdir(), 'mawjaz-first-runs-'));
  const lines: string[] = [];
  try {
    for (const [commit, dirs] of byCommit) {
      const root = join(work, commit);
      execFileSync('sh', ['-c', `mkdir -p "${root}" && git archive ${commit} src | tar -x -C "${root}"`]);
      symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
      const drafted = execFileSync('npx', ['tsx', 'src/intake/review/first-run-drafts.ts', root, ...dirs], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      for (const line of drafted.split('\n').filter(Boolean))
        lines.push(JSON.stringify(labelled(line, commit)));
      io.log.info({ commit, batches: dirs.length }, 'first runs drafted again');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  io.log.info({ out, articles: lines.length, commits: byCommit.size }, 'training rows written');
  return 0;
}

const Drafted = z.object({ dir: z.string(), name: z.string(), incidents: z.array(z.unknown()) });

/** One article's first-run draft with its outcomes; incidents today's schema refuses are dropped. */
function labelled(line: string, commit: string): TrainingArticle {
  const drafted = Drafted.parse(JSON.parse(line));
  const gold = Gold.parse(JSON.parse(readFileSync(join(drafted.dir, `${drafted.name}.json`), 'utf8')));
  const incidents = drafted.incidents.flatMap((x) => {
    const parsed = Incident.safeParse(x);
    return parsed.success ? [parsed.data as Incident] : [];
  });
  return {
    batch: basename(drafted.dir),
    article: drafted.name,
    commit,
    published: gold.published,
    language: gold.language,
    incidents,
    outcomes: draftOutcomes(incidents, gold.incidents),
  };
}

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function valueOf(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv[at + 1];
}

if (isMainModule(import.meta.url, '/intake/review/collect-cli.ts')) runCliMain('review:collect', collect);
