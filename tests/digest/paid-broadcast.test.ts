import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/harness.js';

let bot: TestBot;
beforeAll(async () => {
  // Text digests here; digests with their map (DIGEST_PICTURES) are tested in tests/pictures.
  bot = await startTestBot({ TELEGRAM_PAID_BROADCAST: 'true', DIGEST_PICTURES: 'false' });
});
afterAll(async () => {
  await bot.stop();
});

it('sends digests with allow_paid_broadcast when TELEGRAM_PAID_BROADCAST is on', async () => {
  for (const id of [11, 12, 13]) {
    await bot.app.store.chats.seen({ id, type: 'private', title: null });
    await bot.app.store.chats.subscribe(id, null);
  }
  await bot.app.digests.runSlot({ at: Date.UTC(2026, 0, 1, 5), key: '2026-01-01T08:00:00 Asia/Baghdad' });
  await bot.app.jobs.run();
  const sends = bot.fake.calls.filter((c) => c.method === 'sendMessage');
  expect(sends.map((c) => c.params.chat_id).sort()).toEqual([11, 12, 13]);
  expect(sends.every((c) => c.params.allow_paid_broadcast === true)).toBe(true);
});
