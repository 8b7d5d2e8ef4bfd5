import { Telegraf, TelegramError } from 'telegraf';
import type { Chat, User } from 'telegraf/types';
import { afterEach, describe, expect, it } from 'vitest';
import { commandsKey, startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';

const sara: User = { id: 501, is_bot: false, first_name: 'Sara', language_code: 'ar' };
const saraChat: Chat.PrivateChat = { id: 501, type: 'private', first_name: 'Sara' };
const newsroom: Chat.SupergroupChat = { id: -1001234567890, type: 'supergroup', title: 'Newsroom' };

let api: FakeBotApi | undefined;
const bots: Array<{ bot: Telegraf; launched: Promise<void> }> = [];

afterEach(async () => {
  for (const { bot, launched } of bots.splice(0)) {
    bot.stop('test over');
    await launched;
  }
  await api?.close();
  api = undefined;
});

async function start(): Promise<FakeBotApi> {
  api = await startFakeBotApi();
  return api;
}

function client(fake: FakeBotApi): Telegraf {
  return new Telegraf(fake.token, { telegram: { apiRoot: fake.apiRoot } });
}

/** Launches a polling bot; the afterEach stops it. */
function launch(bot: Telegraf): void {
  bots.push({ bot, launched: bot.launch() });
}

async function telegramError(promise: Promise<unknown>): Promise<TelegramError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TelegramError)) throw new Error(`expected a TelegramError, got ${String(error)}`);
  return error;
}

describe('the real telegraf client against the fake', () => {
  it('sends a message and gets a realistic Message back', async () => {
    const fake = await start();
    const sent = await client(fake).telegram.sendMessage(saraChat.id, '<b>موجز</b> اليوم', {
      parse_mode: 'HTML',
      reply_markup: { inline_keyboard: [[{ text: 'More', callback_data: 'more:1' }]] },
    });
    expect(sent).toMatchObject({
      message_id: 1,
      chat: { id: saraChat.id, type: 'private' },
      from: { id: fake.bot.id, is_bot: true, username: 'mawjaz_bot' },
      text: 'موجز اليوم',
      reply_markup: { inline_keyboard: [[{ text: 'More', callback_data: 'more:1' }]] },
    });
    expect(fake.messages(saraChat.id)).toEqual([
      {
        message_id: 1,
        chat_id: saraChat.id,
        html: '<b>موجز</b> اليوم',
        text: 'موجز اليوم',
        parse_mode: 'HTML',
        reply_markup: { inline_keyboard: [[{ text: 'More', callback_data: 'more:1' }]] },
        edits: 0,
      },
    ]);
    expect(fake.calls.map((c) => [c.method, c.ok])).toEqual([['sendMessage', true]]);
  });

  it('takes the default bot id from the token, as Telegram does', async () => {
    api = await startFakeBotApi({ token: '1000001:DEMO' });
    expect(await client(api).telegram.getMe()).toMatchObject({
      id: 1000001,
      username: 'mawjaz_bot',
      is_bot: true,
    });
  });

  it('rejects a wrong token with 401 Unauthorized', async () => {
    const fake = await start();
    const wrong = new Telegraf('999:WRONG', { telegram: { apiRoot: fake.apiRoot } });
    const error = await telegramError(wrong.telegram.getMe());
    expect([error.code, error.description]).toEqual([401, 'Unauthorized']);
  });

  it('surfaces an injected 429 as TelegramError with retry_after, once', async () => {
    const fake = await start();
    fake.inject('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 7',
      parameters: { retry_after: 7 },
    });
    const telegram = client(fake).telegram;
    const error = await telegramError(telegram.sendMessage(saraChat.id, 'hello'));
    expect(error.code).toBe(429);
    expect(error.parameters?.retry_after).toBe(7);
    expect(fake.calls.at(-1)).toMatchObject({ method: 'sendMessage', ok: false, errorCode: 429 });
    expect(fake.messages(saraChat.id)).toEqual([]);
  });

  it('answers 403 for every send to a chat that blocked the bot, and only that chat', async () => {
    const fake = await start();
    fake.blockChat(saraChat.id);
    const telegram = client(fake).telegram;
    for (const attempt of [
      telegram.sendMessage(saraChat.id, 'one'),
      telegram.sendChatAction(saraChat.id, 'typing'),
    ]) {
      const error = await telegramError(attempt);
      expect([error.code, error.description]).toEqual([403, 'Forbidden: bot was blocked by the user']);
    }
    await expect(telegram.sendMessage(702, 'still fine')).resolves.toMatchObject({ chat: { id: 702 } });
  });

  it.each([
    ['kicked', 'Forbidden: bot was kicked from the supergroup chat'],
    ['left', 'Forbidden: bot is not a member of the supergroup chat'],
  ] as const)('answers 403 to writes into a group the bot was %s from', async (status, description) => {
    const fake = await start();
    fake.setChatMember(newsroom.id, fake.bot.id, status);
    const error = await telegramError(client(fake).telegram.sendMessage(newsroom.id, 'hello?'));
    expect([error.code, error.description]).toEqual([403, description]);
    fake.setChatMember(newsroom.id, fake.bot.id, 'member');
    await expect(client(fake).telegram.sendMessage(newsroom.id, 'back')).resolves.toMatchObject({
      text: 'back',
    });
  });

  it('runs a polling echo bot; waitHandled resolves after its reply', async () => {
    const fake = await start();
    const bot = client(fake);
    bot.command('start', (ctx) => ctx.reply(`welcome ${ctx.from.first_name}`));
    bot.on('text', (ctx) =>
      ctx.reply(`echo: ${ctx.message.text}`, { reply_parameters: { message_id: ctx.message.message_id } }),
    );
    launch(bot);

    await fake.waitHandled(fake.sendText({ chat: saraChat, from: sara, text: '/start' }));
    await fake.waitHandled(fake.sendText({ chat: saraChat, from: sara, text: 'مرحبا' }));

    // User and bot messages share the chat's id sequence.
    expect(fake.messages(saraChat.id).map((m) => [m.message_id, m.text])).toEqual([
      [2, 'welcome Sara'],
      [4, 'echo: مرحبا'],
    ]);
  });

  it('delivers a button press as a callback query the bot can answer and edit from', async () => {
    const fake = await start();
    const bot = client(fake);
    bot.on('callback_query', async (ctx) => {
      const data = 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
      await ctx.answerCbQuery(`got ${data}`);
      await ctx.editMessageText(`chose ${data}`);
    });
    launch(bot);
    await client(fake).telegram.sendMessage(newsroom.id, 'pick', {
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] },
    });

    await fake.waitHandled(fake.pressButton({ chat: newsroom, from: sara, messageId: 1, data: 'a' }));

    expect(fake.answeredCallbacks).toEqual([{ id: expect.any(String), text: 'got a' }]);
    // The edit carried no keyboard, so the keyboard is gone, as in Telegram.
    expect(fake.messages(newsroom.id)).toEqual([
      { message_id: 1, chat_id: newsroom.id, html: 'chose a', text: 'chose a', edits: 1 },
    ]);
  });

  it('stores commands per scope and language', async () => {
    const fake = await start();
    const telegram = client(fake).telegram;
    await telegram.setMyCommands([{ command: 'summary', description: 'موجز اليوم' }], {
      language_code: 'ar',
    });
    await telegram.setMyCommands([{ command: 'help', description: 'Help' }], {
      scope: { type: 'all_private_chats' },
    });

    expect(await telegram.getMyCommands({ language_code: 'ar' })).toEqual([
      { command: 'summary', description: 'موجز اليوم' },
    ]);
    expect(await telegram.getMyCommands()).toEqual([]);
    expect(fake.commands.get(commandsKey({ type: 'all_private_chats' }))).toEqual([
      { command: 'help', description: 'Help' },
    ]);
    expect([...fake.commands.keys()]).toContain('{"language_code":"ar","scope":{"type":"default"}}');
    const invalid = await telegramError(telegram.setMyCommands([{ command: 'Summary', description: 'x' }]));
    expect(invalid.description).toBe('Bad Request: BOT_COMMAND_INVALID');
  });

  it('reports chat members: creator in private chats, member by default, as set otherwise', async () => {
    const fake = await start();
    const telegram = client(fake).telegram;
    fake.setChatMember(newsroom.id, 9, 'administrator');
    expect((await telegram.getChatMember(saraChat.id, sara.id)).status).toBe('creator');
    expect((await telegram.getChatMember(newsroom.id, 8)).status).toBe('member');
    expect((await telegram.getChatMember(newsroom.id, 9)).status).toBe('administrator');
  });
});
