import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { dialects, range, storeOptions, tempDatabase, tempDir } from './helpers.js';
import { spawnFixture } from './spawn-fixture.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/race.ts', import.meta.url));
const RECIPIENTS = 600;

interface Outcome {
  owner: string;
  created: boolean;
  claimed: number[];
}

/** Starts the fixture; resolves `ready` on its first line and `done` with its final JSON line. */
function race(args: string[]): { ready: Promise<void>; done: Promise<Outcome> } {
  const run = spawnFixture(FIXTURE, args);
  return {
    ready: run.ready,
    done: run.done.then((lines) => JSON.parse(lines[lines.length - 1]!) as Outcome),
  };
}

describe.each(dialects)('%s: two OS processes on one database', (dialect) => {
  const tmp = tempDir();
  let db: Awaited<ReturnType<typeof tempDatabase>>;
  beforeEach(async () => {
    db = await tempDatabase(dialect);
  });
  afterEach(async () => {
    await db.cleanup();
    tmp.cleanup();
  });

  it('create the job once and claim each row exactly once overall', async () => {
    const goFile = join(tmp.dir, 'go');
    const runs = ['P1', 'P2'].map((owner) => race([db.location, owner, goFile, String(RECIPIENTS)]));
    await Promise.all(runs.map((r) => r.ready));
    writeFileSync(goFile, '');
    const outcomes = await Promise.all(runs.map((r) => r.done));

    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    const all = outcomes.flatMap((o) => o.claimed).sort((a, b) => a - b);
    expect(all).toEqual(range(1, RECIPIENTS));

    const store = await openStore(storeOptions(db.location));
    const job = await store.jobs.getByKey('digest:race');
    expect(await store.jobs.progress(job!.id)).toMatchObject({ sent: RECIPIENTS, total: RECIPIENTS });
    expect(await store.briefings.delivered(1)).toEqual(new Set(['b1']));
    await store.close();
    // Starting two processes on a loaded machine takes a while; nothing here measures time.
  }, 120_000);
});
