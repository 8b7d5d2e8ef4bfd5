import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Slot } from '../../src/schedule/slots.js';
import { briefingData, markdown } from '../content/fixtures.js';
import { fixtureContentDir } from '../support/fixture-content.js';
import { startTestBot, type TestBot } from '../support/harness.js';

const SUBSCRIBERS = 300;
const FORUM = -1002000;
const TOPIC = 77;
const CHANNELS = [-1003001, -1003002];
const FILTERED = 5000; // follows a tag no article has
const KIRKUK = 5001; // follows Kirkuk, where the seed has incidents
const ALEPPO = 5002; // follows Aleppo, where no article has one
const BLOCKED = [1007, 1013, 1021];
const SEED = '2020-11-01-coalition-isis';

let bot: TestBot;
let contentDir: string;
let slotCount = 0;
const slot = (): Slot => ({
  at: Date.UTC(2026, 0, 1, 5, slotCount),
  key: `2026-01-01T08:${String(slotCount++).padStart(2, '0')}:00 Asia/Baghdad`,
});
const privateIds = Array.from({ length: SUBSCRIBERS }, (_, i) => 1000 + i);

async function runSlot(): Promise<void> {
  await bot.app.digests.runSlot(slot());
  await bot.app.jobs.run();
}

function messagesIn(chatId: number) {
  return bot.fake.messages(chatId);
}

beforeAll(async () => {
  contentDir = fixtureContentDir();
  // Text digests here (the message counts below); digests with their map are tested in tests/pictures.
  bot = await startTestBot(
    {
      CONTENT_DIR: contentDir,
      DIGEST_CHANNELS: CHANNELS.join(','),
      SEND_PER_SECOND: '100',
      SEND_PER_GROUP_PER_MINUTE: '20',
      DIGEST_PICTURES: 'false',
    },
    { limits: { perSecond: 100, perChatPerSecond: 1, perGroupPerMinute: 20, jitterMs: 100 } },
  );
  const { chats } = bot.app.store;
  for (const id of [...privateIds, FILTERED, KIRKUK, ALEPPO]) {
    await chats.seen({ id, type: 'private', title: null });
    await chats.subscribe(id, null);
  }
  await chats.addFilter(FILTERED, 'tag:no-such-tag');
  await chats.addFilter(KIRKUK, 'gov:iq-kirkuk');
  await chats.addFilter(ALEPPO, 'gov:sy-aleppo');
  await chats.seen({ id: FORUM, type: 'supergroup', title: 'Forum' });
  await chats.subscribe(FORUM, TOPIC);
  BLOCKED.forEach((id) => bot.fake.blockChat(id));
  bot.fake.inject(
    'sendMessage',
    { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
    { times: 1 },
  );
});

afterAll(async () => {
  await bot.stop();
  rmSync(contentDir, { recursive: true, force: true });
});

describe('a digest slot', () => {
  it('reaches every subscriber, the forum topic and both channels exactly once, within the limits', async () => {
    await runSlot();
    const reached = [...privateIds, FORUM, ...CHANNELS].filter((id) => !BLOCKED.includes(id));
    for (const id of reached) {
      const messages = messagesIn(id);
      expect(messages, `chat ${id}`).toHaveLength(1);
      expect(messages[0]!.text).toContain(`/summary ${SEED}`);
    }
    expect(messagesIn(FORUM)[0]!.thread_id).toBe(TOPIC);
    expect(bot.fake.violations).toBe(0);
  });

  it('honours filters: tags and governorates', () => {
    expect(messagesIn(FILTERED)).toHaveLength(0);
    expect(messagesIn(ALEPPO)).toHaveLength(0);
    expect(messagesIn(KIRKUK)).toHaveLength(1);
  });

  it('marks blocked chats and never retries them', async () => {
    for (const id of BLOCKED) expect((await bot.app.store.chats.get(id))?.status).toBe('blocked');
    const attempts = (id: number) =>
      bot.fake.calls.filter((c) => c.method === 'sendMessage' && c.params.chat_id === id).length;
    expect(BLOCKED.map(attempts)).toEqual([1, 1, 1]);
    writeFileSync(join(contentDir, 'later.md'), markdown(briefingData('later-article', '2026-01-02')));
    await runSlot();
    expect(BLOCKED.map(attempts)).toEqual([1, 1, 1]);
  });

  it('sends only what a chat has not had, and nothing when it has had everything', async () => {
    // The previous test added one article: every reachable chat got exactly one more message, with it alone.
    const first = messagesIn(privateIds[0]!);
    expect(first).toHaveLength(2);
    expect(first[1]!.text).toContain('/summary later-article');
    expect(first[1]!.text).not.toContain(SEED);
    await runSlot();
    expect(messagesIn(privateIds[0]!)).toHaveLength(2);
    expect(messagesIn(CHANNELS[0]!)).toHaveLength(2);
  });

  it('is claimed once: running the same slot again sends nothing', async () => {
    const again: Slot = { at: Date.UTC(2026, 0, 1, 5, 0), key: '2026-01-01T08:00:00 Asia/Baghdad' };
    const before = bot.fake.calls.filter((c) => c.method === 'sendMessage').length;
    await bot.app.digests.runSlot(again);
    await bot.app.jobs.run();
    expect(bot.fake.calls.filter((c) => c.method === 'sendMessage').length).toBe(before);
  });
});
