import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDatabasePath } from '../../src/config/database-path.js';
import { TEST_TOKEN } from '../support/harness.js';
import { runMain } from '../support/run-main.js';

const dir = mkdtempSync(join(tmpdir(), 'mawjaz-dbpath-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an unusable DATABASE_PATH', () => {
  it('under /proc: one line naming the variable and exit 1, instead of hanging', async () => {
    const run = runMain({
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
      DATABASE_PATH: '/proc/nope/x.db',
    });
    const timer = setTimeout(() => run.kill('SIGKILL'), 20_000);
    const code = await run.exit;
    clearTimeout(timer);
    expect(code).toBe(1);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: DATABASE_PATH: /);
  }, 30_000);

  it('under a file: says so', () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    expect(prepareDatabasePath(join(file, 'sub', 'db.sqlite'))).toMatch(
      /^DATABASE_PATH: cannot create the folder .*not a folder/,
    );
  });

  it('creates missing folders for a good path', () => {
    expect(prepareDatabasePath(join(dir, 'a', 'b', 'db.sqlite'))).toBeUndefined();
  });
});
