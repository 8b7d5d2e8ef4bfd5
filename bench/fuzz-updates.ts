import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFuzz } from './fuzz/run-fuzz.js';

/**
 * `npx tsx bench/fuzz-updates.ts [count] [seed]`: the fuzz run of issue 10 (default 10,000 updates)
 * against `npm start` (which builds dist/ first), the fake Bot API in this process. Prints the
 * figures and exits 1 when any check fails.
 */
const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);
/**
 * "Memory flat": the heap's low points grow less than this over the second half, per 1,000
 * updates (a leak of 2 kB an update would show as 2 MB).
 */
const FLAT_HEAP_MB_PER_1000 = 2;

// A copy of the repository's briefings: drafts the admin's random articles become stay out of it.
const contentDir = join(mkdtempSync(join(tmpdir(), 'mawjaz-fuzz-content-')), 'content');
cpSync('content', contentDir, { recursive: true, filter: (path) => !path.includes('drafts') });
const report = await runFuzz({ count, seed, command: ['npm', 'start', '--silent'], contentDir });
rmSync(contentDir, { recursive: true, force: true });
const first = report.samples[0]!;
const last = report.samples.at(-1)!;
const flat = report.trend.heapMbPer1000 < FLAT_HEAP_MB_PER_1000;
const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(2)}`;
process.stdout.write(
  [
    `updates: ${report.updates} in ${report.seconds.toFixed(1)} s (${(report.updates / report.seconds).toFixed(0)}/s), seed ${seed}, against npm start`,
    `error-level log lines: ${report.errorLines.length}`,
    `calls the fake refused: ${report.refused.length}${report.refused.length ? ` (${[...new Set(report.refused)].join(', ')})` : ''}`,
    `button presses left unanswered: ${report.unansweredCallbacks}`,
    `double taps answered "not modified" (expected, handled): ${report.doubleTaps}`,
    `memory (from /metrics, ${report.samples.length} readings): RSS ${first.rssMb.toFixed(0)} → ${last.rssMb.toFixed(0)} MB, heap ${first.heapMb.toFixed(0)} → ${last.heapMb.toFixed(0)} MB`,
    `second half, per 1,000 updates: RSS ${signed(report.trend.rssMbPer1000)} MB, heap low points ${signed(report.trend.heapMbPer1000)} MB (${flat ? 'flat' : `NOT flat: over ${FLAT_HEAP_MB_PER_1000} MB`})`,
    `exit code after SIGTERM: ${report.exitCode}`,
    ...report.errorLines.slice(0, 5),
  ].join('\n') + '\n',
);
const failures =
  report.errorLines.length +
  report.refused.length +
  report.unansweredCallbacks +
  (flat ? 0 : 1) +
  (report.exitCode === 0 ? 0 : 1);
process.exit(failures === 0 ? 0 : 1);
