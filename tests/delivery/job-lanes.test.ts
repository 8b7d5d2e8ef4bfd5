import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobRunnerDeps } from '../../src/delivery/job-runner.js';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { jobRunnerOverHttp } from './job-runner-setup.js';

const TOKEN = '777002:job-lanes-token-00000000000000000';
const SUBSCRIBER = 501;
const ADMIN = 42;

let fake: FakeBotApi;
let store: Store;
let dir: string;
afterEach(async () => {
  await store.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A broadcast created first, whose one delivery is composed only when `release` is called (a long
 * job), and an admin's intake job behind it: what reaches the admin while the broadcast still runs.
 */
async function longBroadcastThenIntake(lanes: JobRunnerDeps['lanes']) {
  dir = mkdtempSync(join(tmpdir(), 'mawjaz-job-lanes-'));
  fake = await startFakeBotApi({ token: TOKEN });
  store = await openStore({ databasePath: join(dir, 'db.sqlite'), now: Date.now });
  await store.jobs.create({ kind: 'broadcast', key: 'broadcast:1', payload: {}, author: ADMIN }, [
    { chatId: SUBSCRIBER, threadId: null, payload: {} },
  ]);
  await store.jobs.create({ kind: 'intake', key: 'intake:42:1', payload: {}, author: ADMIN }, [
    { chatId: ADMIN, threadId: null, payload: {} },
  ]);
  let release = () => {};
  const broadcastComposed = new Promise<void>((resolve) => (release = resolve));
  const { runner } = jobRunnerOverHttp({
    store,
    token: TOKEN,
    apiRoot: fake.apiRoot,
    maxInFlight: 4,
    ...(lanes && { lanes }),
    compose: async (job) => {
      if (job.kind === 'broadcast') await broadcastComposed;
      return { chatType: 'private', parts: [{ kind: 'html', html: `<b>${job.kind}</b>` }] };
    },
  });
  return { runner, release };
}

describe('job lanes', () => {
  it('an intake job is sent while a long broadcast runs in the other lane', async () => {
    const { runner, release } = await longBroadcastThenIntake([['digest', 'broadcast'], ['intake']]);
    const run = runner.run();
    await vi.waitFor(() => expect(fake.messages(ADMIN).map((m) => m.text)).toEqual(['intake']), {
      timeout: 10_000,
    });
    expect(fake.messages(SUBSCRIBER)).toEqual([]);
    release();
    await run;
    expect(fake.messages(SUBSCRIBER).map((m) => m.text)).toEqual(['broadcast']);
    await runner.stop();
  });

  it('in one lane the intake job waits for the broadcast before it', async () => {
    const { runner, release } = await longBroadcastThenIntake(undefined);
    const run = runner.run();
    // Both jobs were acquirable from the start: give the runner every chance to send out of order.
    await vi.waitFor(async () => expect((await store.jobs.get(1))?.leaseOwner).toBe('test'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.messages(ADMIN)).toEqual([]);
    release();
    await run;
    expect(fake.messages(ADMIN).map((m) => m.text)).toEqual(['intake']);
    await runner.stop();
  });
});
