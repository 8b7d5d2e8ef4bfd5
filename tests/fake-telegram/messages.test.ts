import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';

let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

const keyboard = (data: string) => ({ inline_keyboard: [[{ text: 'Go', callback_data: data }]] });

async function start(): Promise<FakeBotApi> {
  api = await startFakeBotApi({ now: () => 1_700_000_000_000 });
  return api;
}

async function call(
  fake: FakeBotApi,
  method: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const res = await fetch(`${fake.apiRoot}/bot${fake.token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  const json = (await res.json()) as Record<string, unknown>;
  expect(res.status).toBe(json.ok ? 200 : json.error_code);
  return json;
}

const NOT_MODIFIED = /^Bad Request: message is not modified/;

describe('editing', () => {
  it('applies text edits, counts them and dates them', async () => {
    const fake = await start();
    await call(fake, 'sendMessage', { chat_id: 5, text: 'draft', reply_markup: keyboard('a') });
    const edited = await call(fake, 'editMessageText', {
      chat_id: 5,
      message_id: 1,
      text: '<b>final</b>',
      parse_mode: 'HTML',
      reply_markup: keyboard('b'),
    });
    expect(edited.result).toMatchObject({
      message_id: 1,
      text: 'final',
      edit_date: 1_700_000_000,
      reply_markup: keyboard('b'),
    });
    expect(fake.messages(5)).toEqual([
      {
        message_id: 1,
        chat_id: 5,
        html: '<b>final</b>',
        text: 'final',
        parse_mode: 'HTML',
        reply_markup: keyboard('b'),
        edits: 1,
      },
    ]);
  });

  it.each([
    ['the same text and keyboard', { text: 'same', reply_markup: keyboard('a') }],
    [
      'the same content written differently',
      {
        text: 'same',
        parse_mode: 'HTML',
        reply_markup: { inline_keyboard: [[{ callback_data: 'a', text: 'Go' }]] },
      },
    ],
  ])('refuses an edit with %s as not modified', async (_case, edit) => {
    const fake = await start();
    await call(fake, 'sendMessage', { chat_id: 5, text: 'same', reply_markup: keyboard('a') });
    const res = await call(fake, 'editMessageText', { chat_id: 5, message_id: 1, ...edit });
    expect(res.description).toMatch(NOT_MODIFIED);
    expect(fake.messages(5)[0]?.edits).toBe(0);
  });

  it.each<[string, { text: string; parse_mode?: string; reply_markup?: unknown }, string]>([
    ['only the keyboard differs', { text: 'same', reply_markup: keyboard('b') }, 'same'],
    ['the keyboard is left out (Telegram removes it)', { text: 'same' }, 'same'],
    [
      'the formatting differs',
      { text: '<i>same</i>', parse_mode: 'HTML', reply_markup: keyboard('a') },
      'same',
    ],
  ])('accepts an edit where %s', async (_case, edit, visible) => {
    const fake = await start();
    await call(fake, 'sendMessage', { chat_id: 5, text: 'same', reply_markup: keyboard('a') });
    const res = await call(fake, 'editMessageText', { chat_id: 5, message_id: 1, ...edit });
    expect(res.ok).toBe(true);
    expect(fake.messages(5)[0]).toMatchObject({ text: visible, edits: 1 });
    expect(fake.messages(5)[0]?.reply_markup).toEqual(edit.reply_markup);
  });

  it('edits only the keyboard with editMessageReplyMarkup', async () => {
    const fake = await start();
    await call(fake, 'sendMessage', { chat_id: 5, text: 'menu', reply_markup: keyboard('a') });
    expect(
      (await call(fake, 'editMessageReplyMarkup', { chat_id: 5, message_id: 1, reply_markup: keyboard('a') }))
        .description,
    ).toMatch(NOT_MODIFIED);
    expect((await call(fake, 'editMessageReplyMarkup', { chat_id: 5, message_id: 1 })).ok).toBe(true);
    expect(fake.messages(5)).toEqual([{ message_id: 1, chat_id: 5, html: 'menu', text: 'menu', edits: 1 }]);
  });

  it.each([
    ['editMessageText', { chat_id: 5, message_id: 9, text: 'x' }, 'Bad Request: message to edit not found'],
    ['editMessageReplyMarkup', { chat_id: 6, message_id: 1 }, 'Bad Request: message to edit not found'],
    ['deleteMessage', { chat_id: 5, message_id: 9 }, 'Bad Request: message to delete not found'],
    ['copyMessage', { chat_id: 7, from_chat_id: 5, message_id: 9 }, 'Bad Request: message to copy not found'],
  ])('%s of an unknown message → 400', async (method, params, description) => {
    const fake = await start();
    await call(fake, 'sendMessage', { chat_id: 5, text: 'only one' });
    expect(await call(fake, method, params)).toEqual({ ok: false, error_code: 400, description });
  });

  it('refuses to edit a message a user sent', async () => {
    const fake = await start();
    fake.sendText({ chat: { id: 5, type: 'private', first_name: 'U' }, text: 'mine' });
    expect((await call(fake, 'editMessageText', { chat_id: 5, message_id: 1, text: 'x' })).description).toBe(
      "Bad Request: message can't be edited",
    );
  });
});

describe('copying and deleting', () => {
  it('copies a user message into another chat, remembering where it came from', async () => {
    const fake = await start();
    fake.sendText({ chat: { id: 5, type: 'private', first_name: 'U' }, text: 'tip: <script>' });
    const res = await call(fake, 'copyMessage', {
      chat_id: -100,
      from_chat_id: 5,
      message_id: 1,
      message_thread_id: 3,
    });
    expect(res.result).toEqual({ message_id: 1 });
    expect(fake.messages(-100)).toEqual([
      {
        message_id: 1,
        chat_id: -100,
        thread_id: 3,
        html: 'tip: <script>',
        text: 'tip: <script>',
        edits: 0,
        copied_from: { chat_id: 5, message_id: 1 },
      },
    ]);
    expect(fake.messages(5)).toEqual([]);
  });

  it('deletes a message once', async () => {
    const fake = await start();
    await call(fake, 'sendMessage', { chat_id: 5, text: 'one' });
    await call(fake, 'sendMessage', { chat_id: 5, text: 'two' });
    expect((await call(fake, 'deleteMessage', { chat_id: 5, message_id: 1 })).ok).toBe(true);
    expect((await call(fake, 'deleteMessage', { chat_id: 5, message_id: 1 })).ok).toBe(false);
    expect(fake.messages(5).map((m) => m.text)).toEqual(['two']);
  });

  it('returns snapshots: changing one does not change the fake', async () => {
    const fake = await start();
    await call(fake, 'sendMessage', { chat_id: 5, text: 'one', reply_markup: keyboard('a') });
    const [first] = fake.messages(5);
    (first!.reply_markup as { inline_keyboard: unknown[] }).inline_keyboard.length = 0;
    expect(fake.messages(5)[0]?.reply_markup).toEqual(keyboard('a'));
  });
});

describe('updates from users', () => {
  it('marks a leading command and replies, in topics', async () => {
    const fake = await start();
    const chat = { id: -1001, type: 'supergroup' as const, title: 'T', is_forum: true as const };
    await call(fake, 'sendMessage', { chat_id: chat.id, text: 'hello' });
    fake.sendText({ chat, text: '/summary@mawjaz_bot ar', threadId: 7, replyTo: 1 });
    const res = await call(fake, 'getUpdates', {});
    expect(res.result).toEqual([
      {
        update_id: 1,
        message: {
          message_id: 2,
          message_thread_id: 7,
          is_topic_message: true,
          from: expect.objectContaining({ is_bot: false }),
          chat,
          date: 1_700_000_000,
          reply_to_message: expect.objectContaining({ message_id: 1, text: 'hello' }),
          text: '/summary@mawjaz_bot ar',
          entities: [{ type: 'bot_command', offset: 0, length: 19 }],
        },
      },
    ]);
  });

  it('posts into channels without a sender', async () => {
    const fake = await start();
    fake.sendText({ chat: { id: -1002, type: 'channel', title: 'C' }, from: null, text: 'news' });
    const [update] = (await call(fake, 'getUpdates', {})).result as Array<
      Record<string, { from?: unknown; text: string }>
    >;
    expect(update?.channel_post?.text).toBe('news');
    expect(update?.channel_post).not.toHaveProperty('from');
  });

  it('accepts a callback answer once per pressed button', async () => {
    const fake = await start();
    await call(fake, 'sendMessage', { chat_id: 5, text: 'pick', reply_markup: keyboard('a') });
    fake.pressButton({
      chat: { id: 5, type: 'private', first_name: 'U' },
      from: { id: 5, is_bot: false, first_name: 'U' },
      messageId: 1,
      data: 'a',
    });
    const [update] = (await call(fake, 'getUpdates', {})).result as Array<{
      callback_query: { id: string; data: string; message: { text: string } };
    }>;
    expect(update?.callback_query).toMatchObject({ data: 'a', message: { text: 'pick' } });
    const id = update!.callback_query.id;
    expect((await call(fake, 'answerCallbackQuery', { callback_query_id: id })).ok).toBe(true);
    expect((await call(fake, 'answerCallbackQuery', { callback_query_id: id })).description).toMatch(
      /query ID is invalid/,
    );
    expect(fake.answeredCallbacks).toEqual([{ id }]);
  });

  it('refuses to press a button of a message that does not exist', async () => {
    const fake = await start();
    expect(() =>
      fake.pressButton({
        chat: { id: 5, type: 'private', first_name: 'U' },
        from: { id: 5, is_bot: false, first_name: 'U' },
        messageId: 1,
        data: 'a',
      }),
    ).toThrow(/no message 1 in chat 5/);
  });
});
