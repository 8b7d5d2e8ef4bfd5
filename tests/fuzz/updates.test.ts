import { rmSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runFuzz } from '../../bench/fuzz/run-fuzz.js';
import { fixtureContentDir } from '../support/fixture-content.js';

// The suite's share of the fuzz run (`npx tsx --expose-gc bench/fuzz-updates.ts` runs 10,000).
describe('1,000 random and hostile updates', () => {
  it('log no error, draw no refusal from the Bot API, leave no button unanswered', async () => {
    const contentDir = fixtureContentDir();
    onTestFinished(() => rmSync(contentDir, { recursive: true, force: true }));
    const report = await runFuzz({ count: 1_000, seed: 3, contentDir });
    expect(report.errorLines).toEqual([]);
    expect(report.refused).toEqual([]);
    expect(report.unansweredCallbacks).toBe(0);
    // Without a forced GC the heap is noisy: this only catches a leak of the order of the run itself.
    expect(report.heapAfterMb - report.heapBeforeMb).toBeLessThan(64);
  }, 300_000);
});
