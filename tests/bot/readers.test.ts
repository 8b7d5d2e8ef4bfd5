import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chat } from 'telegraf/types';
import { cleanArgument } from '../../src/bot/argument.js';
import { textMessageUpdate } from '../../src/fake-telegram/update-builders.js';
import { catalogue } from '../../src/i18n/catalogue.js';
import { parseLanguageArg } from '../../src/i18n/language.js';
import { buttonsOf, group, startTestBot, user, type TestBot } from '../support/harness.js';

// Issue 10, as readers and group admins meet it: each case failed before its fix.
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({
    DIGEST_SCHEDULE: '0 8 1 1 *;0 20 1 1 *',
    USER_RATE_LIMIT: '3',
    DEFAULT_LANGUAGE: 'ar',
  });
});
afterAll(async () => {
  await bot.stop();
});

const en = catalogue('en');
const ar = catalogue('ar');
const SEED = '2020-11-01-coalition-isis';
const chatOf = (id: number) => bot.app.store.chats.get(id);
const ANONYMOUS_ADMIN = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };
let slotMinute = 0;

function only<T>(messages: T[]): T {
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

describe('digests in the reader’s language', () => {
  it('an English speaker who subscribes gets the digest in English', async () => {
    const from = user({ id: 2101, language_code: 'en' });
    expect(only(await bot.send('/subscribe', { from })).text).toMatch(/^Subscribed/);
    expect((await chatOf(from.id))?.language).toBe('en');
    await bot.app.digests.runSlot({
      at: Date.UTC(2026, 0, 1, 5, slotMinute),
      key: `2026-01-01T08:${String(slotMinute++).padStart(2, '0')}:00 Asia/Baghdad`,
    });
    await bot.app.jobs.run();
    const digest = bot.fake.messages(from.id).at(-1)!;
    expect(digest.text).toContain(en.digest.heading);
    expect(digest.text).not.toContain(ar.digest.heading);
  });

  it('a group subscribed by an English-speaking admin keeps English until someone sets a language', async () => {
    const chat = group(-100210001);
    const admin = user({ id: 2102, language_code: 'en' });
    bot.fake.setChatMember(chat.id, admin.id, 'administrator');
    await bot.send('/subscribe', { chat, from: admin });
    expect((await chatOf(chat.id))?.language).toBe('en');
  });
});

describe('group settings need a group admin, by command as by button', () => {
  it.each([
    ['a group', group(-100220001)],
    ['a forum supergroup', { ...group(-100220002), is_forum: true } as Chat.SupergroupChat],
  ])('a member of %s cannot change its language with /lang', async (_, chat) => {
    const member = user({ id: 2201, language_code: 'en' });
    expect(only(await bot.send('/lang ar', { chat, from: member })).text).toBe(en.subscriptions.adminsOnly);
    expect((await chatOf(chat.id))?.language).toBeNull();
    const admin = user({ id: 2202, language_code: 'en' });
    bot.fake.setChatMember(chat.id, admin.id, 'administrator');
    expect(only(await bot.send('/lang ar', { chat, from: admin })).text).toBe(ar.langSet);
    expect((await chatOf(chat.id))?.language).toBe('ar');
  });

  it('a settings button on a channel message is refused to a non-admin', async () => {
    const channel: Chat.ChannelChat = { id: -100230001, type: 'channel', title: 'Wire' };
    await bot.push(
      textMessageUpdate({
        chat: channel,
        from: undefined,
        senderChat: channel,
        text: '/settings',
        messageId: 1,
        date: 0,
      }),
    );
    // A channel post's settings message, as a digest channel's admin would have the bot post it.
    const posted = await bot.app.bot.telegram.sendMessage(channel.id, 'settings', {
      reply_markup: { inline_keyboard: [[{ text: 'Subscribe', callback_data: 'st:sub:1' }]] },
    });
    const settings = bot.fake.messages(channel.id).find((m) => m.message_id === posted.message_id)!;
    const subscribe = buttonsOf(settings)[0]!;
    const stranger = user({ id: 2301, language_code: 'en' });
    expect(
      await bot.press(settings.message_id, subscribe.callback_data, {
        chat: channel as never,
        from: stranger,
      }),
    ).toHaveLength(0);
    expect(bot.fake.answeredCallbacks.at(-1)?.text).toBe(en.subscriptions.adminsOnly);
    expect((await chatOf(channel.id))?.subscribed).toBe(false);
    bot.fake.setChatMember(channel.id, stranger.id, 'administrator');
    await bot.press(settings.message_id, subscribe.callback_data, { chat: channel as never, from: stranger });
    expect((await chatOf(channel.id))?.subscribed).toBe(true);
  });
});

describe('anonymous admins are counted per chat they post as', () => {
  it('a busy anonymous admin in one group does not silence the anonymous admins of another', async () => {
    const [a, b] = [group(-100240001, 'A'), group(-100240002, 'B')];
    const command = (chat: Chat.SupergroupChat, n: number) =>
      bot.push(
        textMessageUpdate({
          chat,
          from: ANONYMOUS_ADMIN,
          senderChat: { id: chat.id, type: 'supergroup', title: chat.title },
          text: '/start',
          messageId: 100 + n,
          date: 0,
        }),
      );
    for (let n = 0; n < 5; n++) await command(a, n);
    const before = bot.fake.messages(b.id).length;
    await command(b, 10);
    expect(bot.fake.messages(b.id).length).toBe(before + 1);
  });
});

describe('bad arguments get the polite answer', () => {
  it.each([
    ['constructor', 2401],
    ['toString', 2402],
    ['__proto__', 2403],
    ['hasOwnProperty', 2404],
  ])('/lang %s', async (arg, id) => {
    const from = user({ id, language_code: 'en' });
    expect(parseLanguageArg(arg)).toBeUndefined();
    expect(only(await bot.send(`/lang ${arg}`, { from })).text).toBe(en.langUsage);
    expect((await chatOf(from.id))?.language).toBeNull();
  });

  it('a button press with neither message nor inline message is answered, not thrown', async () => {
    const errorsBefore = bot.logs.filter((l) => l.includes('"level":50')).length;
    await bot.push({
      callback_query: {
        id: '777000001',
        from: user({ id: 2405, language_code: 'en' }),
        chat_instance: '1',
        data: 'v:s:en:0:x',
      },
    } as never);
    const answer = bot.fake.calls.find(
      (c) => c.method === 'answerCallbackQuery' && c.params.callback_query_id === '777000001',
    );
    expect(answer?.params.text).toBe(en.buttonExpired);
    expect(bot.logs.filter((l) => l.includes('"level":50')).length).toBe(errorsBefore);
  });
});

describe('ids copied out of the bot’s messages', () => {
  it('cleans direction marks, isolates, other format characters and lone surrogates', () => {
    expect(cleanArgument(`\u200F\u2068${SEED}\u2069\u200B`)).toBe(SEED);
    expect(cleanArgument(`a\uD800b\uDC00c\u{1F600}`)).toBe('abc\u{1F600}');
  });

  it('/summary with an id wrapped in the marks our messages use finds the article', async () => {
    const from = user({ id: 2501, language_code: 'en' });
    const reply = only(await bot.send(`/summary \u200F\u2068${SEED}\u2069`, { from }));
    expect(reply.text).not.toContain(en.articleNotFound(SEED).slice(0, 10));
    expect(buttonsOf(reply).length).toBeGreaterThan(0);
  });

  it('an unknown id is echoed without its invisible characters', async () => {
    const from = user({ id: 2502, language_code: 'en' });
    const reply = only(await bot.send('/summary \u2068nope\u2069\u200E', { from }));
    expect(reply.text).toBe(en.articleNotFound('nope'));
  });
});

describe('/summary and /articles', () => {
  it('/summary says how many figures it leaves out, in both languages', async () => {
    const reply = only(await bot.send('/summary', { from: user({ id: 2601, language_code: 'en' }) }));
    expect(reply.text).toContain(en.moreFigures(2));
    expect(buttonsOf(reply).map((b) => b.text)).toContain(en.buttons.figures);
    const arabic = only(await bot.send('/summary', { from: user({ id: 2602, language_code: 'ar' }) }));
    expect(arabic.text).toContain(ar.moreFigures(2));
  });

  it('/articles has a button opening each listed article', async () => {
    const from = user({ id: 2603, language_code: 'en' });
    const list = only(await bot.send('/articles', { from }));
    const open = buttonsOf(list).find((b) => b.text === '1')!;
    expect(open).toBeDefined();
    const summary = only(await bot.press(list.message_id, open.callback_data, { from }));
    expect(summary.text).toContain(en.moreFigures(2));
  });
});

describe('replies in one group are paced, never silent', () => {
  it('answers while under a minute of replies wait, then one busy notice covers the later askers', async () => {
    const { pacingVerdict } = await import('../../src/bot/middleware/group-pacing.js');
    expect(pacingVerdict(0, 20, false)).toBe('answer');
    expect(pacingVerdict(19, 20, false)).toBe('answer');
    expect(pacingVerdict(20, 20, false)).toBe('busy');
    expect(pacingVerdict(25, 20, true)).toBe('covered');
    expect(en.groupBusy).toMatch(/minute/);
    expect(ar.groupBusy).toMatch(/دقيقة/);
  });
});
