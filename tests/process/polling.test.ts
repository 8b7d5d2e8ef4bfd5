import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';
import { openStore } from '../../src/store/open.js';
import { TEST_TOKEN, privateChat, user } from '../support/harness.js';
import { runMain, type MainProcess } from '../support/run-main.js';

let fake: FakeBotApi | undefined;
const processes: MainProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  processes.splice(0).forEach((p) => p.kill('SIGKILL'));
  await fake?.close();
  fake = undefined;
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const TAKEN = '"msg":"polling lease taken, polling"';

/** /start from `count` new users at once; resolves when the poller has handled them all. */
async function commands(firstUserId: number, count: number): Promise<number[]> {
  const ids = Array.from({ length: count }, (_, i) => firstUserId + i);
  await Promise.all(
    ids.map((id) => {
      const from = user({ id, language_code: 'en' });
      // A takeover waits for the dead poller's lease to run out (10 s): give it time.
      return fake!.waitHandled(fake!.sendText({ chat: privateChat(from), from, text: '/start' }), 30_000);
    }),
  );
  return ids;
}

const answers = (ids: number[]) => ids.map((id) => fake!.messages(id).length);
const conflicts = () => fake!.calls.filter((c) => c.method === 'getUpdates' && c.errorCode === 409).length;

describe('several instances in polling mode', () => {
  it('one polls at a time; when it dies another takes over; every command is answered once', async () => {
    fake = await startFakeBotApi({ token: TEST_TOKEN });
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-polling-'));
    dirs.push(dir);
    const databasePath = join(dir, 'db.sqlite');
    const env = {
      TELEGRAM_BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      DATABASE_PATH: databasePath,
      DIGEST_SCHEDULE: '0 0 1 1 *',
    };
    const a = runMain(env);
    const b = runMain(env);
    processes.push(a, b);
    await Promise.all([a.waitFor(/"msg":"bot started"/), b.waitFor(/"msg":"bot started"/)]);

    const first = await commands(1000, 40);
    expect(answers(first).every((n) => n === 1)).toBe(true);
    const pollers = [a, b].filter((p) => p.stdout().includes(TAKEN));
    expect(pollers).toHaveLength(1);
    const [poller] = pollers;
    const other = poller === a ? b : a;

    // The poller dies without a word; the other instance takes over within the lease's 10 s.
    poller!.kill('SIGKILL');
    await poller!.exit;
    const second = await commands(2000, 20);
    expect(answers(second).every((n) => n === 1)).toBe(true);
    expect(other.stdout()).toContain(TAKEN);

    // A clean stop hands the lease over at once to a newcomer.
    const c = runMain(env);
    processes.push(c);
    await c.waitFor(/"msg":"bot started"/);
    other.kill('SIGTERM');
    expect(await other.exit).toBe(0);
    const third = await commands(3000, 10);
    expect(answers(third).every((n) => n === 1)).toBe(true);
    expect(c.stdout()).toContain(TAKEN);
    expect(
      answers(first)
        .concat(answers(second))
        .every((n) => n === 1),
    ).toBe(true);

    // Never two pollers at once: Telegram (the fake) never had to end one long poll for another.
    expect(conflicts()).toBe(0);
    c.kill('SIGTERM');
    expect(await c.exit).toBe(0);
    const store = await openStore({ databasePath: databasePath });
    expect(await store.leases.holder('polling')).toBeNull();
    await store.close();
  }, 120_000);
});
