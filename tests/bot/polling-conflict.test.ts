import { Telegram } from 'telegraf';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, TEST_TOKEN, type TestBot } from '../support/harness.js';
import { eventually } from '../support/run-main.js';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

interface LogLine {
  level: number;
  msg: string;
  pause_ms?: number;
}

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
      while (rogueRunning) await rogue.callApi('getUpdates', { timeout: 1, offset: 0 }).catch(() => undefined);
    })();
    const conflictLines = () =>
      bot!.logs.map((line) => JSON.parse(line) as LogLine).filter((line) => line.msg === 'getUpdates conflict: another process polls with this token');
    await eventually(() => conflictLines().length >= 3);
    rogueRunning = false;
    await rogueLoop;

    const lines = conflictLines();
    expect(lines.map((line) => line.level)).toEqual([40, ...lines.slice(1).map(() => 20)]);
    expect(lines.slice(0, 3).map((line) => line.pause_ms)).toEqual([2_000, 4_000, 8_000]);
  }, 60_000);
});
