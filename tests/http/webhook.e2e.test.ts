import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_UPDATES } from '../../src/bot/allowed-updates.js';
import { textMessageUpdate } from '../../src/fake-telegram/update-builders.js';
import { deriveWebhookSecret } from '../../src/http/webhook-secret.js';
import { httpRequest } from '../support/http-client.js';
import { group, privateChat, startTestBot, TEST_TOKEN, user, type TestBot } from '../support/harness.js';

const WEBHOOK_URL = 'https://bot.example.org/telegram/hook';
const SECRET = deriveWebhookSecret(TEST_TOKEN);

let bot: TestBot;
let port: number;

beforeAll(async () => {
  bot = await startTestBot({ WEBHOOK_URL, PORT: '0', HOST: '127.0.0.1' });
  port = bot.app.httpPort!;
});

afterAll(async () => {
  await bot.stop();
});

/** A message update as Telegram would POST it. */
function messageUpdate(updateId: number, chatId: number, text: string) {
  const from = user({ id: chatId });
  return {
    update_id: updateId,
    ...textMessageUpdate({
      chat: privateChat(from),
      from,
      text,
      messageId: 1,
      date: Math.floor(Date.now() / 1000),
    }),
  };
}

const post = (body: string, headers: Record<string, string> = {}) =>
  httpRequest(port, '/telegram/hook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('webhook mode', () => {
  it('sets the webhook with the secret, the handled update kinds and max_connections, and never polls', () => {
    const set = bot.fake.calls.filter((c) => c.method === 'setWebhook');
    expect(set).toHaveLength(1);
    expect(set[0]!.params).toMatchObject({
      url: WEBHOOK_URL,
      secret_token: SECRET,
      allowed_updates: [...ALLOWED_UPDATES],
      max_connections: 40,
      drop_pending_updates: false,
    });
    expect(bot.fake.calls.some((c) => c.method === 'getUpdates')).toBe(false);
  });

  it('answers /summary delivered through the webhook', async () => {
    const replies = await bot.send('/summary', { from: user({ id: 7001 }) });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text.length).toBeGreaterThan(50);
  });

  it('knows its username for commands addressed to it in groups', async () => {
    const replies = await bot.send('/summary@mawjaz_bot', {
      chat: group(-1007010),
      from: user({ id: 7010 }),
    });
    expect(replies).toHaveLength(1);
  });

  it('handles a re-sent update once', async () => {
    const from = user({ id: 7002 });
    const id = bot.fake.sendText({ chat: privateChat(from), from, text: '/summary' });
    await bot.fake.waitHandled(id);
    expect(bot.fake.messages(from.id)).toHaveLength(1);
    bot.fake.resendUpdate(id);
    await bot.fake.waitHandled(id);
    expect(bot.fake.webhookAttempts(id)).toBe(2);
    // The next update is handled after the re-sent one (in order): once it is answered, the re-send was dropped.
    await bot.send('/help', { from });
    expect(bot.fake.messages(from.id)).toHaveLength(2);
  });

  it('refuses requests without the right secret with 401 and changes nothing', async () => {
    const chatId = 7003;
    const forged = JSON.stringify(messageUpdate(900_001, chatId, '/subscribe'));
    expect((await post(forged)).status).toBe(401);
    expect((await post(forged, { 'X-Telegram-Bot-Api-Secret-Token': `${SECRET}x` })).status).toBe(401);
    expect((await post(forged, { 'X-Telegram-Bot-Api-Secret-Token': TEST_TOKEN })).status).toBe(401);
    expect(await bot.app.store.chats.get(chatId)).toBeNull();
    expect(bot.fake.messages(chatId)).toHaveLength(0);
    // The update id was not recorded either: a genuine delivery of it would still be handled.
    expect(await bot.app.store.updates.claim(900_001)).toBe(true);
  });

  it('takes an update with the right secret, and drops the same update_id posted again', async () => {
    const chatId = 7004;
    const update = JSON.stringify(messageUpdate(900_002, chatId, '/start'));
    const headers = { 'X-Telegram-Bot-Api-Secret-Token': SECRET };
    expect((await post(update, headers)).status).toBe(200);
    expect(bot.fake.messages(chatId)).toHaveLength(1);
    expect(await post(update, headers)).toMatchObject({ status: 200, body: 'duplicate\n' });
    expect(bot.fake.messages(chatId)).toHaveLength(1);
  });

  it('answers 400 to a body that is not an update, 405 to another method, 404 elsewhere, 413 over 1 MiB', async () => {
    const headers = { 'X-Telegram-Bot-Api-Secret-Token': SECRET };
    expect((await post('{not json', headers)).status).toBe(400);
    expect((await post('{"message":{}}', headers)).status).toBe(400);
    const get = await httpRequest(port, '/telegram/hook');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect((await httpRequest(port, '/telegram')).status).toBe(404);
    expect((await post('x'.repeat(1024 * 1024 + 1), headers)).status).toBe(413);
  });
});
