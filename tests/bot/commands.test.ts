import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editedMessageUpdate,
  photoMessageUpdate,
  stickerMessageUpdate,
} from '../../src/fake-telegram/update-builders.js';
import { parseTelegramHtml } from '../../src/telegram/html-parse.js';
import { buttonsOf, group, startTestBot, TEST_TOKEN, user, type TestBot } from '../support/harness.js';

const arabic = /[\u0600-\u06FF]/;
const SEED = '2020-11-01-coalition-isis';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot.stop();
});

function only<T>(messages: T[]): T {
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

describe('commands in a private chat', () => {
  it('/start greets in Arabic for an Arabic user and in English for anyone else', async () => {
    const ar = only(await bot.send('/start', { from: user({ id: 601, language_code: 'ar-IQ' }) }));
    expect(ar.text).toMatch(/موجز/);
    const en = only(await bot.send('/start', { from: user({ id: 602, language_code: 'de' }) }));
    expect(en.text).toMatch(/Mawjaz/);
    expect(en.text).not.toMatch(arabic);
  });

  it('uses DEFAULT_LANGUAGE when Telegram gives no language', async () => {
    const reply = only(await bot.send('/start', { from: user({ id: 603, language_code: undefined }) }));
    expect(reply.text).toMatch(/موجز/);
  });

  it('/help lists every public command', async () => {
    const reply = only(await bot.send('/help', { from: user({ id: 604, language_code: 'en' }) }));
    for (const command of ['/summary', '/incidents', '/figures', '/source', '/articles', '/lang']) {
      expect(reply.text).toContain(command);
    }
  });

  it('/summary shows the latest briefing with its buttons, all within Telegram limits', async () => {
    const reply = only(await bot.send('/summary'));
    expect(reply.parse_mode).toBe('HTML');
    expect(parseTelegramHtml(reply.html).ok).toBe(true);
    expect(reply.text).toMatch(/داعش/);
    const buttons = buttonsOf(reply);
    expect(buttons.map((b) => b.text)).toContain('English');
    expect(buttons.length).toBeGreaterThanOrEqual(4);
    for (const button of buttons) expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
  });

  it('the Incidents button turns the summary into the incidents, and the language button into English', async () => {
    const summary = only(await bot.send(`/summary ${SEED}`));
    const toIncidents = buttonsOf(summary).find((b) => b.callback_data.startsWith('v:i:'))!;
    const incidents = only(await bot.press(summary.message_id, toIncidents.callback_data));
    expect(incidents.message_id).toBe(summary.message_id);
    expect(incidents.text).toMatch(/الحويجة/);
    expect(incidents.text).toMatch(/4 قتلى/);
    const toEnglish = buttonsOf(incidents).find((b) => b.text === 'English')!;
    const english = only(await bot.press(summary.message_id, toEnglish.callback_data));
    expect(english.text).toMatch(/Hawija/);
    expect(english.text).not.toMatch(/الحويجة/);
    expect(bot.fake.answeredCallbacks.length).toBeGreaterThanOrEqual(2);
  });

  it('/incidents lists all four incidents of the seed with casualties', async () => {
    const reply = only(await bot.send('/incidents', { from: user({ id: 605, language_code: 'en' }) }));
    for (const place of ['Anbar', 'Nineveh', 'Kirkuk', 'Hawija']) expect(reply.text).toContain(place);
    expect(reply.text).toMatch(/4 killed/);
    expect(reply.text).toMatch(/3 wounded/);
  });

  it('/figures and /source answer, and /source says what the article does not state', async () => {
    const figures = only(await bot.send('/figures', { from: user({ id: 606, language_code: 'en' }) }));
    expect(figures.text).toMatch(/40,000/);
    expect(figures.text).toMatch(/3,000/);
    const source = only(await bot.send('/source', { from: user({ id: 606, language_code: 'en' }) }));
    expect(source.text).toMatch(/not stated/i);
  });

  it('/articles lists the briefings with their ids', async () => {
    const reply = only(await bot.send('/articles'));
    expect(reply.text).toContain(SEED);
  });

  it('an unknown article id gets a clear answer, and a huge argument is not echoed whole', async () => {
    const missing = only(
      await bot.send('/summary no-such-article', { from: user({ id: 607, language_code: 'en' }) }),
    );
    expect(missing.text).toContain('no-such-article');
    const huge = only(
      await bot.send(`/summary ${'x'.repeat(5000)}`, { from: user({ id: 607, language_code: 'en' }) }),
    );
    expect(huge.text.length).toBeLessThan(500);
  });

  it('/lang en is remembered over the Telegram language', async () => {
    const from = user({ id: 608, language_code: 'ar' });
    const set = only(await bot.send('/lang en', { from }));
    expect(set.text).not.toMatch(arabic);
    const summary = only(await bot.send('/summary', { from }));
    expect(buttonsOf(summary).map((b) => b.text)).toContain('العربية');
    const usage = only(await bot.send('/lang klingon', { from }));
    expect(usage.text).toContain('/lang');
  });

  it('answers unknown commands politely and plain text with a hint towards /help', async () => {
    const from = user({ id: 609, language_code: 'en' });
    expect(only(await bot.send('/frobnicate', { from })).text).toContain('/help');
    expect(only(await bot.send('hello there', { from })).text).toContain('/help');
  });

  it('survives odd input: 5,000 characters, bidi and control characters, photos, stickers, edits', async () => {
    const from = user({ id: 610, language_code: 'en' });
    const chat = { id: from.id, type: 'private' as const, first_name: 'x' };
    expect(await bot.send('ب'.repeat(5000), { from })).toHaveLength(1);
    expect(await bot.send('\u202E\u2066abc\u0000\u0007\uFFFF\uD800', { from })).toHaveLength(1);
    await bot.push(photoMessageUpdate({ chat, from, messageId: 9001, date: 0 }));
    await bot.push(stickerMessageUpdate({ chat, from, messageId: 9002, date: 0 }));
    await bot.push(
      editedMessageUpdate({ chat, from, messageId: 9002, date: 0, editDate: 1, text: '/summary' }),
    );
    const afterwards = only(await bot.send('/start', { from }));
    expect(afterwards.text).toMatch(/Mawjaz/);
    expect(bot.logs.join('')).not.toMatch(/"level":50/);
  });

  it('a stale or forged button gets an alert, not a crash', async () => {
    const summary = only(await bot.send('/summary'));
    await bot.press(summary.message_id, 'v:s:ar:0:no-such-article');
    await bot.press(summary.message_id, 'garbage');
    expect(
      bot.fake.answeredCallbacks.slice(-2).every((a) => typeof a.text === 'string' && a.text.length > 0),
    ).toBe(true);
  });
});

describe('commands in groups', () => {
  const chat = group();

  it('answers /cmd and /cmd@thisbot, ignores other bots and plain chatter', async () => {
    expect(await bot.send('/summary', { chat })).toHaveLength(1);
    expect(await bot.send(`/summary@${bot.fake.bot.username}`, { chat })).toHaveLength(1);
    expect(await bot.send('/summary@some_other_bot', { chat })).toHaveLength(0);
    expect(await bot.send('good morning everyone', { chat })).toHaveLength(0);
    expect(await bot.send('/frobnicate', { chat })).toHaveLength(0);
    expect(await bot.send(`/frobnicate@${bot.fake.bot.username}`, { chat })).toHaveLength(1);
  });
});

describe('Telegram failures', () => {
  it('waits out a 429 on a reply and then answers, with no call before retry_after ran out', async () => {
    const from = user({ id: 701 });
    bot.fake.inject(
      'sendMessage',
      { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
      { chatId: from.id },
    );
    expect(await bot.send('/summary', { from })).toHaveLength(1);
    expect(bot.fake.violations).toBe(0);
  });

  it('a 403 on a reply is logged, not fatal', async () => {
    const from = user({ id: 702 });
    bot.fake.inject(
      'sendMessage',
      { error_code: 403, description: 'Forbidden: bot was blocked by the user' },
      { chatId: from.id },
    );
    expect(await bot.send('/summary', { from })).toHaveLength(0);
    expect(await bot.send('/start', { from })).toHaveLength(1);
    expect(bot.logs.some((line) => line.includes('update failed') && line.includes('sendMessage'))).toBe(
      true,
    );
  });

  it('never writes the token into a log line', () => {
    expect(bot.logs.length).toBeGreaterThan(0);
    expect(bot.logs.join('\n')).not.toContain(TEST_TOKEN.split(':')[1]);
  });
});

describe('start-up', () => {
  it('registers the command menu in Arabic and English', () => {
    const menus = [...bot.fake.commands.entries()];
    const ar = menus.find(([key]) => key.includes('"ar"'));
    const en = menus.find(([key]) => key.includes('"en"'));
    expect(JSON.stringify(ar?.[1])).toMatch(arabic);
    expect(JSON.stringify(en?.[1])).toContain('summary');
  });
});
