import { runFuzz } from './fuzz/run-fuzz.js';

/**
 * `npx tsx --expose-gc bench/fuzz-updates.ts [count] [seed]`: the fuzz run of issue 10 (default
 * 10,000 updates). Prints the figures and exits 1 when any check fails.
 */
const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);
const report = await runFuzz({ count, seed });
const growthMb = report.heapAfterMb - report.heapBeforeMb;
process.stdout.write(
  [
    `updates: ${report.updates} in ${report.seconds.toFixed(1)} s (${(report.updates / report.seconds).toFixed(0)}/s), seed ${seed}`,
    `error-level log lines: ${report.errorLines.length}`,
    `calls the fake refused: ${report.refused.length}${report.refused.length ? ` (${[...new Set(report.refused)].join(', ')})` : ''}`,
    `button presses left unanswered: ${report.unansweredCallbacks}`,
    `double taps answered "not modified" (expected, handled): ${report.doubleTaps}`,
    `heap: ${report.heapBeforeMb.toFixed(1)} MB before, ${report.heapAfterMb.toFixed(1)} MB after (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(1)} MB)`,
    ...report.errorLines.slice(0, 5),
  ].join('\n') + '\n',
);
process.exit(report.errorLines.length + report.refused.length + report.unansweredCallbacks === 0 ? 0 : 1);
