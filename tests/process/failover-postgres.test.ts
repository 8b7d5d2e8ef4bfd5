import { afterEach, describe, expect, it } from 'vitest';
import { parseOwner } from '../../src/process/owner.js';
import { openStore } from '../../src/store/open.js';
import type { Job } from '../../src/store/store.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../support/round-robin-proxy.js';
import { TEST_TOKEN, privateChat, user } from '../support/harness.js';
import { eventually, processTestKit, type MainProcess } from '../support/run-main.js';
import { tempDatabase } from '../store/helpers.js';
import { justFallenSlot, seedDueDigest } from '../support/due-digest.js';

/**
 * Two `node dist/main.js` processes on one PostgreSQL database. Webhook mode: each listens on its
 * own port (read from its log) behind the round-robin balancer the fake posts updates to.
 */
const HOST = 'bot.example.org';
const SUBSCRIBERS = 150;
const chatIds = Array.from({ length: SUBSCRIBERS }, (_, i) => 30_000 + i);

let proxy: RoundRobinProxy | undefined;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});
// Declared after: its processes are killed before the hook above drops their database.
const kit = processTestKit('failover');

/** A fresh PostgreSQL database (dropped after the test) and a fake enforcing Telegram's limits. */
async function setup(): Promise<{ databaseUrl: string; env: Record<string, string> }> {
  const fake = await kit.fakeApi({
    limits: { perSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20, jitterMs: 100 },
  });
  const database = await tempDatabase('postgres');
  cleanups.push(database.cleanup);
  const env = {
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: database.location,
    DIGEST_PICTURES: 'false',
    // Below the fake's 30/s, for a loaded machine's bunched arrivals (see two-instances-postgres.e2e.test.ts).
    SEND_PER_SECOND: '25',
  };
  return { databaseUrl: database.location, env };
}

async function withStore<T>(
  databaseUrl: string,
  use: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>,
): Promise<T> {
  const store = await openStore({ databaseUrl });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

const latestDigest = (databaseUrl: string): Promise<Job | null> =>
  withStore(databaseUrl, (store) => store.jobs.latest('digest'));
const counts = () => chatIds.map((id) => kit.fake().messages(id).length);
const delivered = () => counts().filter((n) => n > 0).length;
const httpPort = (run: MainProcess) =>
  Number(/"port":(\d+),[^\n]*"msg":"http server listening"/.exec(run.stdout())![1]);
const inDoubt = (...runs: MainProcess[]) =>
  runs
    .flatMap((run) => run.stdout().split('\n'))
    .filter((line) => line.includes('"msg":"delivery in doubt after a crash"'))
    .map((line) => (JSON.parse(line) as { chat_id: number }).chat_id);

/** `/help` from `count` new users through the balancer; resolves when the fake saw each handled. */
async function commands(firstUserId: number, count: number, text = '/help'): Promise<number[]> {
  const ids = Array.from({ length: count }, (_, i) => firstUserId + i);
  await Promise.all(
    ids.map((id) => {
      const from = user({ id, language_code: 'en' });
      return kit.fake().waitHandled(kit.fake().sendText({ chat: privateChat(from), from, text }), 30_000);
    }),
  );
  return ids;
}

describe('two processes on PostgreSQL', () => {
  it('webhook mode: the digest holder is SIGKILLed half way; the other finishes it, every subscriber once, within 30/s', async () => {
    const { databaseUrl, env } = await setup();
    await withStore(databaseUrl, async (store) => {
      await seedDueDigest(store, chatIds);
    });
    const processEnv = {
      ...env,
      ...justFallenSlot(),
      DELIVERY_IN_DOUBT: 'skip',
      JOB_LEASE_SECONDS: '2',
      WEBHOOK_URL: `https://${HOST}/tg`,
      PORT: '0',
      HOST: '127.0.0.1',
    };
    const runs = [kit.main(processEnv), kit.main(processEnv)];
    await Promise.all(runs.map((run) => run.waitFor(/"msg":"http server listening"/)));
    proxy = await startRoundRobinProxy(runs.map(httpPort));
    kit.fake().routeWebhook(HOST, proxy.origin);

    // Kill whoever holds the digest job's lease, a third of the way through.
    await eventually(
      async () => delivered() >= SUBSCRIBERS / 3 && (await latestDigest(databaseUrl))?.leaseOwner != null,
    );
    const holderPid = parseOwner((await latestDigest(databaseUrl))!.leaseOwner!)!.pid;
    const holder = runs.find((run) => run.pid === holderPid)!;
    const survivor = runs.find((run) => run !== holder)!;
    expect(holder).toBeDefined();
    holder.kill('SIGKILL');
    await holder.exit;
    expect(delivered()).toBeLessThan(SUBSCRIBERS);

    // While one backend is dead, the balancer's turns on it fail and Telegram re-sends: still answered once.
    const users = await commands(39_000, 6);
    expect(users.map((id) => kit.fake().messages(id).length)).toEqual(users.map(() => 1));
    expect(proxy.requests.some((r) => r.backend === runs.indexOf(holder) && r.status === 502)).toBe(true);

    await eventually(async () => (await latestDigest(databaseUrl))?.state === 'finished');
    // The survivor logs the job finished just after committing it: wait for the line, not a race.
    await survivor.waitFor(/"msg":"job finished"/);
    const doubts = inDoubt(holder, survivor);
    // In doubt: only what was on the wire at the kill.
    expect(doubts.length).toBeLessThanOrEqual(6);
    const perChat = counts();
    expect(chatIds.filter((_, i) => perChat[i]! > 1)).toEqual([]);
    const missing = chatIds.filter((_, i) => perChat[i] === 0);
    expect(missing.every((id) => doubts.includes(id))).toBe(true);
    expect(kit.fake().violations).toBe(0);
    expect(kit.fake().calls.filter((c) => c.errorCode === 429)).toEqual([]);

    survivor.kill('SIGTERM');
    expect(await survivor.exit).toBe(0);
  }, 90_000);

  it('polling mode: one instance polls at a time, the other takes over when it is SIGKILLed, every command answered once, no 409', async () => {
    const { env } = await setup();
    const pollingEnv = { ...env, DIGEST_SCHEDULE: '0 0 1 1 *' };
    const runs = [kit.main(pollingEnv), kit.main(pollingEnv)];
    await Promise.all(runs.map((run) => run.waitFor(/"msg":"bot started"/)));

    const TAKEN = '"msg":"polling lease taken, polling"';
    const first = await commands(40_000, 40, '/start');
    expect(first.map((id) => kit.fake().messages(id).length)).toEqual(first.map(() => 1));
    const pollers = runs.filter((run) => run.stdout().includes(TAKEN));
    expect(pollers).toHaveLength(1);
    const poller = pollers[0]!;
    const other = runs.find((run) => run !== poller)!;

    // The poller dies without a word: the other takes the lease when it runs out, and polls.
    poller.kill('SIGKILL');
    await poller.exit;
    const second = await commands(41_000, 10, '/start');
    expect(other.stdout()).toContain(TAKEN);
    expect([...first, ...second].map((id) => kit.fake().messages(id).length)).toEqual(
      [...first, ...second].map(() => 1),
    );
    // Never two long polls at once: the fake never had to end one for another.
    expect(kit.fake().calls.filter((c) => c.method === 'getUpdates' && c.errorCode === 409)).toEqual([]);
    other.kill('SIGTERM');
    expect(await other.exit).toBe(0);
  }, 60_000);
});
