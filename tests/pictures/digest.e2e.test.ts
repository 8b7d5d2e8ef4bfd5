import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Slot } from '../../src/schedule/slots.js';
import { briefingData, markdown } from '../content/fixtures.js';
import { fixtureContentDir } from '../support/fixture-content.js';
import { startTestBot, type TestBot } from '../support/harness.js';

const CHATS = [8101, 8102, 8103];
let bot: TestBot | undefined;
let dir: string | undefined;
let slots = 0;
const slot = (): Slot => ({
  at: Date.UTC(2026, 0, 2, 5, slots),
  key: `2026-01-02T08:${String(slots++).padStart(2, '0')}:00 Asia/Baghdad`,
});

afterEach(async () => {
  await bot?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  bot = undefined;
  dir = undefined;
});

async function start(env: Record<string, string>, extra: Record<string, string> = {}): Promise<TestBot> {
  dir = fixtureContentDir();
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  bot = await startTestBot({ CONTENT_DIR: dir, SEND_PER_SECOND: '100', ...env });
  for (const id of CHATS) {
    await bot.app.store.chats.seen({ id, type: 'private', title: null, language: 'en' });
    await bot.app.store.chats.subscribe(id, null);
  }
  await bot.app.digests.runSlot(slot());
  await bot.app.jobs.run();
  return bot;
}

// Each test starts the app and draws its first map: slow on a loaded machine.
describe('digests with their lead briefing’s map (DIGEST_PICTURES)', { timeout: 90_000 }, () => {
  it('send the map with the digest as its caption, uploaded once and then by file_id', async () => {
    const running = await start({ TELEGRAM_PAID_BROADCAST: 'true' });
    const firsts = CHATS.map((id) => running.fake.messages(id));
    for (const messages of firsts) {
      expect(messages).toHaveLength(1);
      expect(messages[0]!.photo).toBeDefined();
      expect(messages[0]!.text).toMatch(/Coalition: ISIS can no longer hold ground/);
      expect(messages[0]!.text.length).toBeLessThanOrEqual(1024);
    }
    expect(firsts.filter((m) => m[0]!.photo!.uploaded)).toHaveLength(1);
    const photoCalls = running.fake.calls.filter((c) => c.method === 'sendPhoto');
    expect(photoCalls).toHaveLength(CHATS.length);
    expect(photoCalls.every((c) => String(c.params.allow_paid_broadcast) === 'true')).toBe(true);
  });

  it('send the photo first and the text after when the digest does not fit a caption', async () => {
    const long = briefingData('long-digest', '2030-01-01');
    long.title = { en: 'L'.repeat(900), ar: 'ل'.repeat(900) };
    long.summary = { en: ['x'.repeat(400), 'y'.repeat(400), 'z'.repeat(400)] };
    const running = await start({}, { 'long.md': markdown(long) });
    const messages = running.fake.messages(CHATS[0]!);
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages[0]!.photo).toBeDefined();
    expect(messages[0]!.text).toContain('L'.repeat(200));
    expect(messages[1]!.photo).toBeUndefined();
    expect(messages[1]!.text).toContain('x'.repeat(100));
  });

  it('DIGEST_PICTURES=false sends text only', async () => {
    const running = await start({ DIGEST_PICTURES: 'false' });
    const messages = running.fake.messages(CHATS[0]!);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.photo).toBeUndefined();
    expect(running.fake.calls.some((c) => c.method === 'sendPhoto')).toBe(false);
  });
});
