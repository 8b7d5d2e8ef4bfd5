import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';

const chat = { id: 5, type: 'private' as const, first_name: 'U' };
const HOST = 'hook.example.org';

interface Received {
  updateId: number;
  headers: IncomingHttpHeaders;
}

/** A webhook receiver: `answer` decides each request's status and when it is answered. */
async function startReceiver(answer: (r: Received, index: number) => Promise<number> | number) {
  const received: Received[] = [];
  let open = 0;
  let maxOpen = 0;
  const server: Server = createServer((req, res) => {
    open += 1;
    maxOpen = Math.max(maxOpen, open);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', async () => {
      const r = {
        updateId: (JSON.parse(Buffer.concat(chunks).toString()) as { update_id: number }).update_id,
        headers: req.headers,
      };
      received.push(r);
      const status = await answer(r, received.length - 1);
      open -= 1;
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    maxOpen: () => maxOpen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let fake: FakeBotApi | undefined;
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
afterEach(async () => {
  await fake?.close();
  await receiver?.close();
  fake = receiver = undefined;
});

async function call(method: string, params: Record<string, unknown> = {}) {
  const res = await fetch(`${fake!.apiRoot}/bot${fake!.token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return {
    status: res.status,
    json: (await res.json()) as { ok: boolean; result?: unknown; description?: string },
  };
}

async function setUp(answer: Parameters<typeof startReceiver>[0], params: Record<string, unknown> = {}) {
  fake = await startFakeBotApi();
  receiver = await startReceiver(answer);
  fake.routeWebhook(HOST, receiver.origin);
  expect(
    (await call('setWebhook', { url: `https://${HOST}/hook`, secret_token: 'S3cret_-', ...params })).json.ok,
  ).toBe(true);
  return { fake, receiver };
}

describe('webhook delivery', () => {
  it('POSTs each update with the secret header, in update_id order, and confirms it on 2xx', async () => {
    const { fake, receiver } = await setUp(() => 200, { max_connections: 1 });
    const ids = [1, 2, 3].map((n) => fake.sendText({ chat, text: `m${n}` }));
    for (const id of ids) await fake.waitHandled(id);
    expect(receiver.received.map((r) => r.updateId)).toEqual(ids);
    expect(receiver.received.every((r) => r.headers['x-telegram-bot-api-secret-token'] === 'S3cret_-')).toBe(
      true,
    );
    expect(ids.map((id) => fake.webhookAttempts(id))).toEqual([1, 1, 1]);
    expect((await call('getWebhookInfo')).json.result).toMatchObject({
      url: `https://${HOST}/hook`,
      pending_update_count: 0,
      max_connections: 1,
    });
  });

  it('re-sends an update answered with a non-2xx until it gets a 2xx', async () => {
    const { fake, receiver } = await setUp((_r, index) => (index < 2 ? 500 : 200));
    const id = fake.sendText({ chat, text: 'retry me' });
    await fake.waitHandled(id);
    expect(fake.webhookAttempts(id)).toBe(3);
    expect(receiver.received.map((r) => r.updateId)).toEqual([id, id, id]);
    expect((await call('getWebhookInfo')).json.result).toMatchObject({
      last_error_message: 'Wrong response from the webhook: 500 Internal Server Error',
    });
  });

  it('re-sends an update whose request timed out', async () => {
    fake = await startFakeBotApi({ webhookTimeoutMs: 200 });
    let release!: () => void;
    const held = new Promise<number>((resolve) => (release = () => resolve(200)));
    receiver = await startReceiver((_r, index) => (index === 0 ? held : 200));
    fake.routeWebhook(HOST, receiver.origin);
    await call('setWebhook', { url: `https://${HOST}/hook` });
    const id = fake.sendText({ chat, text: 'slow' });
    await fake.waitHandled(id);
    release();
    expect(fake.webhookAttempts(id)).toBe(2);
  });

  it('keeps at most max_connections requests open at once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { fake, receiver } = await setUp(
      async () => {
        await gate;
        return 200;
      },
      { max_connections: 2 },
    );
    const ids = [1, 2, 3, 4, 5].map((n) => fake.sendText({ chat, text: `m${n}` }));
    while (receiver.received.length < 2) await new Promise((r) => setTimeout(r, 10));
    release();
    for (const id of ids) await fake.waitHandled(id);
    expect(receiver.maxOpen()).toBe(2);
  });

  it('delivers only the allowed update kinds', async () => {
    const { fake, receiver } = await setUp(() => 200, {
      allowed_updates: ['callback_query'],
      max_connections: 1,
    });
    const skipped = fake.sendText({ chat, text: 'a message' });
    await fake.waitHandled(skipped);
    expect(receiver.received).toHaveLength(0);
    expect(fake.webhookAttempts(skipped)).toBe(0);
  });

  it('re-sends an update already confirmed when asked (Telegram sometimes does)', async () => {
    const { fake, receiver } = await setUp(() => 200);
    const id = fake.sendText({ chat, text: 'twice' });
    await fake.waitHandled(id);
    fake.resendUpdate(id);
    await fake.waitHandled(id);
    expect(receiver.received.map((r) => r.updateId)).toEqual([id, id]);
    expect(fake.webhookAttempts(id)).toBe(2);
  });
});

describe('getUpdates and the webhook', () => {
  it('answers getUpdates with 409 while a webhook is set, and again after deleteWebhook', async () => {
    const { fake } = await setUp(() => 503);
    expect(await call('getUpdates')).toEqual({
      status: 409,
      json: {
        ok: false,
        error_code: 409,
        description:
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      },
    });
    const id = fake.sendText({ chat, text: 'queued' });
    expect((await call('deleteWebhook')).json.ok).toBe(true);
    expect((await call('getWebhookInfo')).json.result).toMatchObject({ url: '' });
    const polled = await call('getUpdates');
    expect((polled.json.result as Array<{ update_id: number }>).map((u) => u.update_id)).toEqual([id]);
  });

  it('ends a pending long poll with 409 when a webhook is set', async () => {
    fake = await startFakeBotApi();
    const marker = fake.sendText({ chat, text: 'marker' });
    const poll = call('getUpdates', { offset: marker + 1, timeout: 30 });
    await fake.waitHandled(marker);
    await call('setWebhook', { url: 'https://elsewhere.example.org/x' });
    expect((await poll).status).toBe(409);
  });

  it('refuses a webhook that is not https, or a secret with other characters', async () => {
    fake = await startFakeBotApi();
    expect((await call('setWebhook', { url: 'http://bot.example.org/x' })).json.description).toBe(
      'Bad Request: bad webhook: An HTTPS URL must be provided for webhook',
    );
    expect(
      (await call('setWebhook', { url: 'https://bot.example.org/x', secret_token: 'not ok!' })).status,
    ).toBe(400);
    expect(
      (await call('setWebhook', { url: 'https://bot.example.org/x', max_connections: 101 })).status,
    ).toBe(400);
  });

  it('drops pending updates on deleteWebhook with drop_pending_updates', async () => {
    fake = await startFakeBotApi();
    fake.sendText({ chat, text: 'old' });
    await call('deleteWebhook', { drop_pending_updates: true });
    expect((await call('getUpdates')).json.result).toEqual([]);
  });
});
