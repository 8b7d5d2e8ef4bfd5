import { Telegram } from 'telegraf';
import { afterEach, describe, expect, it } from 'vitest';
import { privateChat, startTestBot, TEST_TOKEN, user, type TestBot } from '../support/harness.js';
import { eventually } from '../support/run-main.js';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

interface LogLine {
  level: number;
  time: number;
  msg: string;
  pause_ms?: number;
}

const logLines = (msg: string) =>
  bot!.logs.map((line) => JSON.parse(line) as LogLine).filter((line) => line.msg === msg);

describe('polling against another deployment of the same token', () => {
  it('logs the 409 once as a warning and backs off, never a tight loop', async () => {
    bot = await startTestBot();
    const fake = bot.fake;
    await eventually(() => bot!.logs.some((line) => line.includes('polling lease taken')));
    // Another deployment (its own database, so no lease in common) long-polls the same token without
    // pause: every poll of one ends the other's with 409, as Telegram does.
    const rogue = new Telegram(TEST_TOKEN, { apiRoot: fake.apiRoot });
    let rogueRunning = true;
    const rogueLoop = (async () => {
      while (rogueRunning)
        await rogue.callApi('getUpdates', { timeout: 1, offset: 0 }).catch(() => undefined);
    })();
    const conflictLines = () => logLines('getUpdates conflict: another process polls with this token');
    await eventually(() => conflictLines().length >= 3);
    rogueRunning = false;
    await rogueLoop;

    const lines = conflictLines();
    expect(lines.map((line) => line.level)).toEqual([40, ...lines.slice(1).map(() => 20)]);
    expect(lines.slice(0, 3).map((line) => line.pause_ms)).toEqual([2_000, 4_000, 8_000]);
  }, 60_000);
});

describe('the polling lease', () => {
  it('an instance that loses it stops polling, and polls again once it gets it back', async () => {
    bot = await startTestBot();
    const { fake, app } = bot;
    await eventually(() => logLines('polling lease taken, polling').length === 1);
    const owner = (await app.store.leases.holder('polling'))!.owner;

    // Another instance takes the lease (as if ours had run out while this process was stalled).
    expect(await app.store.leases.release('polling', owner)).toBe(true);
    expect(await app.store.leases.acquire('polling', 'elsewhere:1:thief', 60_000)).toBe(true);
    await eventually(() => logLines('polling lease lost, polling stopped').length === 1);
    const lostAt = logLines('polling lease lost, polling stopped')[0]!.time;
    const from = user({ id: 777, language_code: 'en' });
    const updateId = fake.sendText({ chat: privateChat(from), from, text: '/start' });

    expect(await app.store.leases.release('polling', 'elsewhere:1:thief')).toBe(true);
    await fake.waitHandled(updateId);
    const retakenAt = logLines('polling lease taken, polling')[1]!.time;
    expect(retakenAt).toBeGreaterThan(lostAt);
    // Not one getUpdates while another instance held the lease.
    expect(fake.calls.filter((c) => c.method === 'getUpdates' && c.at > lostAt && c.at < retakenAt)).toEqual(
      [],
    );
    expect(fake.messages(from.id)).toHaveLength(1);
  }, 60_000);
});
