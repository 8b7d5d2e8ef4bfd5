import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { dueDigestSetup, messageCounts } from '../support/due-digest.js';
import { untilJobState } from '../support/job-state.js';
import { eventually, processTestKit, type MainProcess } from '../support/run-main.js';

const SUBSCRIBERS = 120;
const chatIds = Array.from({ length: SUBSCRIBERS }, (_, i) => 7000 + i);

const kit = processTestKit('restart');

const counts = () => messageCounts(kit.fake(), chatIds);
const delivered = () => counts().filter((n) => n > 0).length;

/** A database with SUBSCRIBERS subscribers and a digest slot due now, and the environment of a bot on it. */
function setup() {
  // An hour: a digest left to wait out its job lease would not finish within these tests' timeouts.
  return dueDigestSetup(kit, chatIds, { JOB_LEASE_SECONDS: '3600' });
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
    const first = kit.main(env);
    await eventually(() => delivered() >= SUBSCRIBERS / 3);
    first.kill('SIGKILL');
    await first.exit;
    expect(delivered()).toBeLessThan(SUBSCRIBERS);

    const second = kit.main(env);
    await untilJobState(databasePath, 'digest', 'finished');
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
    const first = kit.main(env);
    await eventually(() => delivered() >= SUBSCRIBERS / 3);
    first.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    // The job is not done, and nobody holds it.
    const stopped = await digestState(databasePath);
    expect(stopped.job?.state).toBe('running');
    expect(stopped.job?.leaseOwner).toBeNull();
    expect(stopped.owners).toEqual([]);
    expect(delivered()).toBeLessThan(SUBSCRIBERS);

    const second = kit.main(env);
    await untilJobState(databasePath, 'digest', 'finished');
    second.kill('SIGTERM');
    expect(await second.exit).toBe(0);
    expect(logged(second, 'released the leases of a dead predecessor')).toEqual([]);
    expect(logged(second, 'delivery in doubt after a crash')).toEqual([]);
    expect(counts().every((n) => n === 1)).toBe(true);
  }, 90_000);
});
