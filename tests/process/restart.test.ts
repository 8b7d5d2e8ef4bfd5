import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';
import { openStore } from '../../src/store/open.js';
import { TEST_TOKEN } from '../support/harness.js';
import { eventually, runMain, type MainProcess } from '../support/run-main.js';
import { justFallenSlot, seedDueDigest } from '../support/due-digest.js';

const SUBSCRIBERS = 120;
const chatIds = Array.from({ length: SUBSCRIBERS }, (_, i) => 7000 + i);

let fake: FakeBotApi | undefined;
const processes: MainProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  processes.splice(0).forEach((p) => p.kill('SIGKILL'));
  await fake?.close();
  fake = undefined;
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const counts = () => chatIds.map((id) => fake!.messages(id).length);
const delivered = () => counts().filter((n) => n > 0).length;

/** A database with SUBSCRIBERS subscribers and a digest slot due now, and the environment of a bot on it. */
async function setup() {
  fake = await startFakeBotApi({
    token: TEST_TOKEN,
    limits: { perSecond: 60, perChatPerSecond: 1, perGroupPerMinute: 20, jitterMs: 100 },
  });
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-restart-'));
  dirs.push(dir);
  const databasePath = join(dir, 'mawjaz.db');
  const store = await openStore({ databasePath: databasePath });
  await seedDueDigest(store, chatIds);
  await store.close();
  const env = {
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: databasePath,
    ...justFallenSlot(),
    // An hour: a digest left to wait out its job lease would not finish within these tests' timeouts.
    JOB_LEASE_SECONDS: '3600',
    SEND_PER_SECOND: '60',
  };
  return { env, databasePath };
}

async function digestState(databasePath: string) {
  const s = await openStore({ databasePath: databasePath });
  const job = await s.jobs.latest('digest');
  const owners = await s.leases.owners();
  await s.close();
  return { job, owners };
}

const logged = (run: MainProcess, msg: string) =>
  run
    .stdout()
    .split('\n')
    .filter((line) => line.includes(`"msg":"${msg}"`))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('a restart on the same machine', () => {
  it('recognises its dead predecessor and resumes the digest at once, not after the job lease', async () => {
    const { env, databasePath } = await setup();
    const first = runMain(env);
    processes.push(first);
    await eventually(() => delivered() >= SUBSCRIBERS / 3);
    first.kill('SIGKILL');
    await first.exit;
    expect(delivered()).toBeLessThan(SUBSCRIBERS);

    const second = runMain(env);
    processes.push(second);
    await eventually(async () => (await digestState(databasePath)).job?.state === 'finished');
    second.kill('SIGTERM');
    expect(await second.exit).toBe(0);

    const released = logged(second, 'released the leases of a dead predecessor') as Array<{
      owner: string;
      released: number;
    }>;
    expect(released).toHaveLength(1);
    expect(released[0]!.owner).toMatch(new RegExp(`^${hostname()}:${first.pid}:`));
    // The digest job and the polling lease.
    expect(released[0]!.released).toBe(2);

    // Every subscriber once; only the one message in flight at the kill may be missing (rule: skip).
    const doubts = logged(second, 'delivery in doubt after a crash').map((line) => line.chat_id);
    const perChat = counts();
    expect(perChat.filter((n) => n > 1)).toEqual([]);
    expect(chatIds.filter((_, i) => perChat[i] === 0).every((id) => doubts.includes(id))).toBe(true);
    expect(doubts.length).toBeLessThanOrEqual(6);
  }, 90_000);

  it('after a clean stop mid-digest, the next instance resumes at once with nothing in doubt', async () => {
    const { env, databasePath } = await setup();
    const first = runMain(env);
    processes.push(first);
    await eventually(() => delivered() >= SUBSCRIBERS / 3);
    first.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    // The job is not done, and nobody holds it.
    const stopped = await digestState(databasePath);
    expect(stopped.job?.state).toBe('running');
    expect(stopped.job?.leaseOwner).toBeNull();
    expect(stopped.owners).toEqual([]);
    expect(delivered()).toBeLessThan(SUBSCRIBERS);

    const second = runMain(env);
    processes.push(second);
    await eventually(async () => (await digestState(databasePath)).job?.state === 'finished');
    second.kill('SIGTERM');
    expect(await second.exit).toBe(0);
    expect(logged(second, 'released the leases of a dead predecessor')).toEqual([]);
    expect(logged(second, 'delivery in doubt after a crash')).toEqual([]);
    expect(counts().every((n) => n === 1)).toBe(true);
  }, 90_000);
});
