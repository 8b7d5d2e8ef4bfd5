import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { privateChat, user } from '../support/harness.js';
import { processTestKit } from '../support/run-main.js';

const kit = processTestKit('polling');

const TAKEN = '"msg":"polling lease taken, polling"';

/** /start from `count` new users at once; resolves when the poller has handled them all. */
async function commands(firstUserId: number, count: number): Promise<number[]> {
  const ids = Array.from({ length: count }, (_, i) => firstUserId + i);
  await Promise.all(
    ids.map((id) => {
      const from = user({ id, language_code: 'en' });
      // A takeover waits for the dead poller's lease to run out (10 s): give it time.
      return kit
        .fake()
        .waitHandled(kit.fake().sendText({ chat: privateChat(from), from, text: '/start' }), 30_000);
    }),
  );
  return ids;
}

const answers = (ids: number[]) => ids.map((id) => kit.fake().messages(id).length);
const conflicts = () =>
  kit.fake().calls.filter((c) => c.method === 'getUpdates' && c.errorCode === 409).length;

describe('several instances in polling mode', () => {
  it('one polls at a time; when it dies another takes over; every command is answered once', async () => {
    const { env, databasePath } = await kit.botSetup({ DIGEST_SCHEDULE: '0 0 1 1 *' });
    const a = kit.main(env);
    const b = kit.main(env);
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
    const c = kit.main(env);
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
