import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { startTestBot, type TestBot } from '../support/harness.js';

const MINUTE = 60_000;
let bot: TestBot | undefined;
let dir: string | undefined;
afterEach(async () => {
  await bot?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  bot = dir = undefined;
});

/** A database whose last digest ran 30 minutes ago, with one subscriber. */
async function databaseLastRun30MinutesAgo(): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'mawjaz-catchup-'));
  const path = join(dir, 'mawjaz.db');
  const store = await openStore({ databasePath: path });
  await store.jobs.create(
    { kind: 'digest', key: 'digest:earlier', payload: { slot: 'earlier', at: Date.now() - 30 * MINUTE } },
    [],
  );
  await store.chats.seen({ id: 21, type: 'private', title: null });
  await store.chats.subscribe(21, null);
  await store.close();
  return path;
}

/** A daily slot that fell 10 minutes ago, in UTC. */
function slotTenMinutesAgo(): string {
  const at = new Date(Date.now() - 10 * MINUTE);
  return `${at.getUTCMinutes()} ${at.getUTCHours()} * * *`;
}

describe('a slot missed while the bot was down', () => {
  it('is sent once at start-up when within DIGEST_CATCHUP_MINUTES', async () => {
    const path = await databaseLastRun30MinutesAgo();
    bot = await startTestBot({
      DATABASE_PATH: path,
      DIGEST_TIMEZONE: 'UTC',
      DIGEST_SCHEDULE: slotTenMinutesAgo(),
      DIGEST_CATCHUP_MINUTES: '60',
    });
    await bot.app.jobs.run();
    expect(bot.fake.messages(21)).toHaveLength(1);
  });

  it('is skipped and logged when older than DIGEST_CATCHUP_MINUTES', async () => {
    const path = await databaseLastRun30MinutesAgo();
    bot = await startTestBot({
      DATABASE_PATH: path,
      DIGEST_TIMEZONE: 'UTC',
      DIGEST_SCHEDULE: slotTenMinutesAgo(),
      DIGEST_CATCHUP_MINUTES: '5',
    });
    await bot.app.jobs.run();
    expect(bot.fake.messages(21)).toHaveLength(0);
    expect(bot.logs.some((line) => /skip/i.test(line) && /slot/i.test(line))).toBe(true);
  });
});
