import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';

let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(): Promise<FakeBotApi> {
  api = await startFakeBotApi({
    token: '42:WIRE',
    bot: { id: 42, username: 'wire_bot', first_name: 'Wire' },
  });
  return api;
}

async function post(
  url: string,
  body: string,
  contentType: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

function callJson(fake: FakeBotApi, method: string, params: Record<string, unknown>) {
  return post(`${fake.apiRoot}/bot${fake.token}/${method}`, JSON.stringify(params), 'application/json');
}

describe('wire format', () => {
  it('answers getMe with the configured bot', async () => {
    const fake = await start();
    expect(await callJson(fake, 'getMe', {})).toEqual({
      status: 200,
      json: {
        ok: true,
        result: {
          id: 42,
          is_bot: true,
          first_name: 'Wire',
          username: 'wire_bot',
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        },
      },
    });
  });

  it.each([
    ['wrong token', '/bot41:NOPE/getMe', 401, 'Unauthorized'],
    ['unknown method', '/bot42:WIRE/sendTelepathy', 404, 'Not Found'],
    ['no method', '/bot42:WIRE/', 404, 'Not Found'],
    ['not a bot path', '/favicon.ico', 404, 'Not Found'],
  ])('%s → %i %s', async (_case, path, status, description) => {
    const fake = await start();
    const res = await post(`${fake.apiRoot}${path}`, '{}', 'application/json');
    expect(res).toEqual({ status, json: { ok: false, error_code: status, description } });
  });

  it('accepts urlencoded bodies with JSON-encoded objects, and any method-name case', async () => {
    const fake = await start();
    const body = new URLSearchParams({
      chat_id: '-100777',
      text: 'سلام & salam',
      reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'ok', callback_data: 'ok' }]] }),
    });
    const res = await post(
      `${fake.apiRoot}/bot42:WIRE/SENDMESSAGE`,
      body.toString(),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    expect(res.json.result).toMatchObject({ chat: { id: -100777, type: 'group' }, text: 'سلام & salam' });
    expect(fake.messages(-100777)[0]?.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'ok', callback_data: 'ok' }]],
    });
    expect(fake.calls[0]?.method).toBe('sendMessage');
  });

  it('accepts multipart bodies: plain fields as strings', async () => {
    const fake = await start();
    const form = new FormData();
    form.set('chat_id', '5');
    form.set('text', 'سلام & hi');
    const res = await fetch(`${fake.apiRoot}/bot42:WIRE/sendMessage`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    expect(fake.messages(5)[0]?.text).toBe('سلام & hi');
  });

  it('refuses a multipart body without its boundary', async () => {
    const fake = await start();
    const res = await post(`${fake.apiRoot}/bot42:WIRE/sendMessage`, 'chat_id=5', 'multipart/form-data');
    expect(res.status).toBe(400);
  });

  it('refuses a body that is not JSON', async () => {
    const fake = await start();
    const res = await post(`${fake.apiRoot}/bot42:WIRE/sendMessage`, '{"chat_id":', 'application/json');
    expect(res.status).toBe(400);
  });

  it('records every call with its outcome', async () => {
    const fake = await start();
    await callJson(fake, 'sendMessage', { chat_id: 5, text: 'one' });
    await callJson(fake, 'sendMessage', { chat_id: 5, text: '' });
    expect(
      fake.calls.map(({ method, params, ok, errorCode }) => ({ method, params, ok, errorCode })),
    ).toEqual([
      { method: 'sendMessage', params: { chat_id: 5, text: 'one' }, ok: true, errorCode: undefined },
      { method: 'sendMessage', params: { chat_id: 5, text: '' }, ok: false, errorCode: 400 },
    ]);
  });
});

describe('send validation', () => {
  const arabic33 = 'ب'.repeat(33); // 66 bytes in UTF-8
  it.each([
    ['missing chat_id', { text: 'hi' }, 'Bad Request: chat_id is empty'],
    ['missing text', { chat_id: 5 }, 'Bad Request: message text is empty'],
    ['empty text', { chat_id: 5, text: '' }, 'Bad Request: message text is empty'],
    ['whitespace text', { chat_id: 5, text: ' \n\t ' }, 'Bad Request: message text is empty'],
    ['only tags', { chat_id: 5, text: '<b> </b>', parse_mode: 'HTML' }, 'Bad Request: message text is empty'],
    [
      'unclosed tag',
      { chat_id: 5, text: '<b>bold', parse_mode: 'HTML' },
      `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    ],
    [
      'unsupported tag',
      { chat_id: 5, text: '<div>x</div>', parse_mode: 'HTML' },
      /^Bad Request: can't parse entities: Unsupported start tag "div"/,
    ],
    ['4097 visible characters', { chat_id: 5, text: 'a'.repeat(4097) }, 'Bad Request: message is too long'],
    [
      '4097 visible through entities',
      { chat_id: 5, text: `<b>${'&amp;'.repeat(4097)}</b>`, parse_mode: 'HTML' },
      'Bad Request: message is too long',
    ],
    [
      'callback_data of 65 bytes',
      {
        chat_id: 5,
        text: 'x',
        reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: 'd'.repeat(65) }]] },
      },
      'Bad Request: BUTTON_DATA_INVALID',
    ],
    [
      'callback_data of 33 Arabic letters',
      {
        chat_id: 5,
        text: 'x',
        reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: arabic33 }]] },
      },
      'Bad Request: BUTTON_DATA_INVALID',
    ],
    [
      'a text-only inline button',
      { chat_id: 5, text: 'x', reply_markup: { inline_keyboard: [[{ text: 'b' }]] } },
      /Text buttons are unallowed/,
    ],
    [
      'Markdown, which the fake does not model',
      { chat_id: 5, text: '*x*', parse_mode: 'MarkdownV2' },
      /^Bad Request: unsupported parse_mode/,
    ],
    [
      'a reply to a missing message',
      { chat_id: 5, text: 'x', reply_parameters: { message_id: 99 } },
      'Bad Request: message to be replied not found',
    ],
  ])('%s → 400', async (_case, params, description) => {
    const fake = await start();
    const res = await callJson(fake, 'sendMessage', params);
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ ok: false, error_code: 400 });
    expect(res.json.description).toEqual(
      typeof description === 'string' ? description : expect.stringMatching(description),
    );
    expect(fake.messages(5)).toEqual([]);
  });

  it.each([
    ['4096 plain characters', { text: 'a'.repeat(4096) }],
    ['4096 visible characters in longer HTML', { text: `<i>${'&lt;'.repeat(4096)}</i>`, parse_mode: 'HTML' }],
    [
      'callback_data of exactly 64 bytes',
      { text: 'x', reply_markup: { inline_keyboard: [[{ text: 'b', callback_data: 'ب'.repeat(32) }]] } },
    ],
    [
      'a reply to a missing message, allowed',
      { text: 'x', reply_parameters: { message_id: 99, allow_sending_without_reply: true } },
    ],
  ])('accepts %s', async (_case, params) => {
    const fake = await start();
    const res = await callJson(fake, 'sendMessage', { chat_id: 5, ...params });
    expect(res.json.ok).toBe(true);
    expect(fake.messages(5)).toHaveLength(1);
  });
});
