import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapKey } from '../../src/pictures/picture-keys.js';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';
import type { User } from 'telegraf/types';
import { buttonsOf, privateChat, startTestBot, user, type TestBot } from '../support/harness.js';
import { decodePng } from './png.js';

const SEED = '2020-11-01-coalition-isis';
const english = user({ id: 7101, language_code: 'en' });

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot.stop();
});

/**
 * A command whose answer may draw and upload a picture: on a loaded machine the first drawing
 * (fonts, borders) can take longer than the harness's usual wait, so this one waits up to 60 s.
 */
async function send(text: string, from: User = user()): Promise<Awaited<ReturnType<TestBot['send']>>> {
  const before = new Set(bot.fake.messages(from.id).map((m) => m.message_id));
  await bot.fake.waitHandled(bot.fake.sendText({ chat: privateChat(from), from, text }), 60_000);
  return bot.fake.messages(from.id).filter((m) => !before.has(m.message_id));
}

function photoOf(messages: Awaited<ReturnType<TestBot['send']>>) {
  expect(messages).toHaveLength(1);
  const message = messages[0]!;
  expect(message.photo).toBeDefined();
  return { message, photo: message.photo!, largest: message.photo!.sizes.at(-1)! };
}

describe('/map', () => {
  it(
    'uploads the map once as a PNG with an HTML caption, then re-sends it by file_id',
    { timeout: 90_000 },
    async () => {
      const first = photoOf(await send('/map', english));
      expect(first.photo.uploaded).toBe(true);
      expect(first.message.parse_mode).toBe('HTML');
      const caption = parseTelegramHtml(first.message.html);
      expect(caption.ok).toBe(true);
      expect(first.message.text.length).toBeLessThanOrEqual(1024);
      expect(first.message.text).toContain('Coalition: ISIS can no longer hold ground');
      expect(first.message.text).toContain('Source: not stated');
      expect(first.message.text).toMatch(/4\. Hawija — 4 killed/);
      const png = decodePng(bot.fake.fileContent(first.largest.file_id)!);
      expect([png.width, png.height]).toEqual([1200, 900]);
      expect(png.colours()).toBeGreaterThan(50);

      const again = photoOf(await send(`/map ${SEED}`, english));
      expect(again.photo.uploaded).toBe(false);
      expect(again.largest.file_id).toBe(first.largest.file_id);
      expect(again.message.text).toBe(first.message.text);
      const uploads = bot.fake.calls.filter(
        (c) => c.method === 'sendPhoto' && typeof c.params.photo !== 'string',
      );
      expect(uploads).toHaveLength(1);
    },
  );

  it('keeps the file_id in the database, per language', async () => {
    const article = bot.app.content.byId(SEED)!;
    expect(await bot.app.store.fileIds.get(mapKey(article, 'en').key)).toMatch(/\S/);
    expect(await bot.app.store.fileIds.get(mapKey(article, 'ar').key)).toBeNull();
    const arabic = photoOf(await send('/map'));
    expect(arabic.photo.uploaded).toBe(true);
    expect(arabic.message.text).toMatch(/الحويجة/);
    expect(await bot.app.store.fileIds.get(mapKey(article, 'ar').key)).toBe(arabic.largest.file_id);
  });

  it('uploads again when Telegram no longer knows the stored file_id', async () => {
    const article = bot.app.content.byId(SEED)!;
    const from = user({ id: 7102, language_code: 'en' });
    await bot.app.store.fileIds.put(mapKey(article, 'en').key, 'AgAC-unknown');
    const sent = photoOf(await send('/map', from));
    expect(sent.photo.uploaded).toBe(true);
    expect(await bot.app.store.fileIds.get(mapKey(article, 'en').key)).toBe(sent.largest.file_id);
  });

  it('answers an unknown id politely, in text', async () => {
    const [reply] = await send('/map no-such-article', english);
    expect(reply?.photo).toBeUndefined();
    expect(reply?.text).toMatch(/no-such-article/);
  });

  it('the /incidents view has a 🗺 button that sends the map in the view’s language', async () => {
    const [incidents] = await send(`/incidents ${SEED}`, english);
    const button = buttonsOf(incidents!).find((b) => b.text.includes('🗺'));
    expect(button?.callback_data).toBe(`m:en:${SEED}`);
    const sent = photoOf(await bot.press(incidents!.message_id, button!.callback_data, { from: english }));
    expect(sent.message.text).toContain('Hawija');
    expect(bot.fake.answeredCallbacks.length).toBeGreaterThan(0);
  });

  it('a forged or stale map button gets an alert, not a picture', async () => {
    const [incidents] = await send(`/incidents ${SEED}`, english);
    const changed = await bot.press(incidents!.message_id, 'm:en:gone-article', { from: english });
    expect(changed).toHaveLength(0);
    expect(bot.fake.answeredCallbacks.at(-1)?.text).toMatch(/no longer available/);
  });
});

describe('/chart', () => {
  it('sends the chart of the published briefings, then by file_id', async () => {
    const first = photoOf(await send('/chart', english));
    expect(first.photo.uploaded).toBe(true);
    expect(first.message.text).toMatch(/Killed and wounded \(by week\)/);
    expect(first.message.text).toMatch(/Kirkuk: 7 killed, 3 wounded/);
    const png = decodePng(bot.fake.fileContent(first.largest.file_id)!);
    expect([png.width, png.height]).toEqual([1200, 800]);
    const again = photoOf(await send('/chart', english));
    expect(again.photo.uploaded).toBe(false);
  });

  it('/chart <governorate> narrows it, matching names as /follow does', async () => {
    const sent = photoOf(await send('/chart كركوك', english));
    expect(sent.message.text).toMatch(/Killed and wounded in Kirkuk/);
    expect(sent.message.text).not.toMatch(/Anbar/);
  });

  it('a governorate without casualties, or an unknown name, gets a polite text', async () => {
    const [quiet] = await send('/chart Basra', english);
    expect(quiet?.photo).toBeUndefined();
    expect(quiet?.text).toMatch(/no one killed or wounded in Basra/);
    const [unknown] = await send('/chart Atlantis', english);
    expect(unknown?.photo).toBeUndefined();
    expect(unknown?.text).toMatch(/no governorate called “Atlantis”/);
  });
});
