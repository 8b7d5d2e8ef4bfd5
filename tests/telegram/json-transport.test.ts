import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { scrubSecrets } from '../../src/log/logger.js';
import { BotApiClient } from '../../src/telegram/bot-api-client.js';
import { BotApiFailure } from '../../src/telegram/bot-api-failure.js';
import {
  containsNull,
  isPlainSuccess,
  payloadJson,
  RESULT_UNREAD,
} from '../../src/telegram/json-transport.js';

const TOKEN = '4242:SECRET-token-of-the-transport-test';

type Seen = { method: string | undefined; path: string | undefined; type: string | undefined; body: string };
type Answer = (seen: Seen, res: ServerResponse) => void;

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A Bot API stand-in on 127.0.0.1 that records each request and answers with `answer`. */
async function botApi(
  answer: Answer,
  prefix = '',
): Promise<{ client: BotApiClient; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const entry = {
        method: req.method,
        path: req.url,
        type: req.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(entry);
      answer(entry, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  const client = new BotApiClient({ token: TOKEN, apiRoot, scrub: (text) => scrubSecrets(text, [TOKEN]) });
  closers.push(async () => {
    client.closeConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { client, seen, server };
}

const json =
  (status: number, value: unknown): Answer =>
  (_seen, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('the call should have failed'),
    (error: unknown) => {
      expect(error).toBeInstanceOf(BotApiFailure);
      return error as BotApiFailure;
    },
  );

describe('payloadJson', () => {
  it('is JSON.stringify without the nulls, walking objects and arrays but not strings', () => {
    const plain = { a: 1, b: 'null', c: [{ d: true }], e: undefined };
    expect(containsNull(plain)).toBe(false);
    expect(payloadJson(plain)).toBe(JSON.stringify(plain));
    const nested = { a: [1, { b: null, c: 2 }], d: null, e: 'x' };
    expect(containsNull(nested)).toBe(true);
    expect(JSON.parse(payloadJson(nested))).toEqual({ a: [1, { c: 2 }], e: 'x' });
    expect(containsNull([null])).toBe(true);
  });
});

describe('BotApiClient over its JSON transport', () => {
  it('POSTs the payload as JSON to /bot<token>/<method>, leaving nulls out, and returns the result', async () => {
    const { client, seen } = await botApi(json(200, { ok: true, result: { message_id: 7, text: 'مرحبا' } }));
    const sent = await client.sendMessage(12, 'مرحبا', { parse_mode: 'HTML', reply_markup: undefined });
    expect(sent).toEqual({ message_id: 7, text: 'مرحبا' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      method: 'POST',
      path: `/bot${TOKEN}/sendMessage`,
      type: 'application/json',
    });
    expect(JSON.parse(seen[0]!.body)).toEqual({ chat_id: 12, text: 'مرحبا', parse_mode: 'HTML' });
  });

  it('leaves out nulls at any depth, and sends a text in any script whole', async () => {
    const { client, seen } = await botApi(json(200, { ok: true, result: true }));
    const text = `${'مرحبا ‹ › '.repeat(500)}end`;
    await client.callApi('sendMessage', {
      chat_id: 12,
      text,
      reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'b', url: null }]] },
    } as never);
    expect(JSON.parse(seen[0]!.body)).toEqual({
      chat_id: 12,
      text,
      reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'b' }]] },
    });
  });

  it('keeps a path prefix of TELEGRAM_API_ROOT (a local Bot API server behind a proxy)', async () => {
    const { client, seen } = await botApi(json(200, { ok: true, result: true }), '/telegram/');
    await client.deleteWebhook();
    expect(seen[0]!.path).toBe(`/telegram/bot${TOKEN}/deleteWebhook`);
  });

  it('reads an error answer as Telegram’s: 429 with its retry_after, 403 as blocked', async () => {
    const answers = [
      {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 3',
        parameters: { retry_after: 3 },
      },
      { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
    ];
    const { client } = await botApi((_seen, res) => json(200, answers.shift())(_seen, res));
    const limited = await failureOf(client.sendMessage(1, 'x'));
    expect({ kind: limited.kind, code: limited.code, retryAfter: limited.retryAfter }).toEqual({
      kind: 'rate-limited',
      code: 429,
      retryAfter: 3,
    });
    const blocked = await failureOf(client.sendMessage(1, 'x'));
    expect({ kind: blocked.kind, chatId: blocked.chatId }).toEqual({ kind: 'blocked', chatId: 1 });
  });

  it('checks, without reading it, the answer of a call marked RESULT_UNREAD; sends its payload as any other', async () => {
    const { client, seen } = await botApi(json(200, { ok: true, result: { message_id: 7, text: 'مرحبا' } }));
    const extra = { [RESULT_UNREAD]: true, parse_mode: 'HTML' } as { parse_mode: 'HTML' };
    expect(await client.sendMessage(12, 'مرحبا', extra)).toBeUndefined();
    expect(JSON.parse(seen[0]!.body)).toEqual({ chat_id: 12, text: 'مرحبا', parse_mode: 'HTML' });
    // Unmarked calls still get the result.
    expect(await client.sendMessage(12, 'مرحبا')).toEqual({ message_id: 7, text: 'مرحبا' });
  });

  it('still reads a failure as Telegram’s when the call’s result is unread (429 and 403, any HTTP status)', async () => {
    const answers: Array<[number, object]> = [
      [429, { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 2 } }],
      [200, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }],
      [200, { ok: 'yes', result: true }],
    ];
    const { client } = await botApi((seen, res) => {
      const [status, body] = answers.shift()!;
      json(status, body)(seen, res);
    });
    const unread = { [RESULT_UNREAD]: true } as object;
    const limited = await failureOf(client.sendMessage(1, 'x', unread));
    expect({ kind: limited.kind, retryAfter: limited.retryAfter }).toEqual({
      kind: 'rate-limited',
      retryAfter: 2,
    });
    const blocked = await failureOf(client.sendMessage(1, 'x', unread));
    expect(blocked.kind).toBe('blocked');
    // Not the Bot API's success layout: parsed, and `ok` is not true.
    await failureOf(client.sendMessage(1, 'x', unread));
  });

  it('takes an answer for a plain success only as the Bot API lays one out', () => {
    const plain = (text: string) => isPlainSuccess(Buffer.from(text));
    expect(plain('{"ok":true,"result":{"message_id":1,"text":"مرحبا"}}')).toBe(true);
    expect(plain('{"ok":true,"result":true}')).toBe(true);
    expect(plain('{"ok":false,"error_code":400,"description":"Bad Request"}')).toBe(false);
    expect(plain('{ "ok": true, "result": true }')).toBe(false);
    expect(plain('{"ok":true,"result":{"message_id":1')).toBe(false);
    expect(plain('{"ok":true,')).toBe(false);
    expect(plain('<html>ok</html>')).toBe(false);
  });

  it('reads a 5xx as the server’s failure whatever its body', async () => {
    const { client } = await botApi((_seen, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad Gateway</html>');
    });
    const failure = await failureOf(client.getMe());
    expect({ kind: failure.kind, code: failure.code }).toEqual({ kind: 'server', code: 502 });
  });

  it('reads an answer that is not JSON (a proxy page) as a network failure, without the token', async () => {
    const { client } = await botApi((_seen, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html>cannot reach /bot${TOKEN}/getMe</html>`);
    });
    const failure = await failureOf(client.getMe());
    expect(failure.kind).toBe('network');
    expect(`${failure.message} ${failure.description}`).not.toContain('SECRET');
  });

  it('reads a refused connection as a network failure, without the token', async () => {
    const { client } = await botApi(json(200, { ok: true, result: true }));
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const refused = new BotApiClient({ token: TOKEN, apiRoot: `http://127.0.0.1:${port}` });
    const failure = await failureOf(refused.getMe());
    expect(failure.kind).toBe('network');
    expect(failure.message).not.toContain('SECRET');
    refused.closeConnections();
    await client.getMe();
  });

  it('stops a call when its signal aborts (a long poll at shutdown)', async () => {
    const { client } = await botApi(() => undefined); // never answers
    const controller = new AbortController();
    const call = client.callApi('getUpdates', { timeout: 50 }, { signal: controller.signal as never });
    setTimeout(() => controller.abort(), 20);
    const failure = await failureOf(call);
    expect(failure.kind).toBe('network');
  });

  it('sends a file to upload as multipart, through telegraf’s client', async () => {
    const { client, seen } = await botApi(json(200, { ok: true, result: { message_id: 1 } }));
    await client.sendPhoto(5, { source: Buffer.from('not really a png'), filename: 'map.png' });
    expect(seen[0]!.path).toBe(`/bot${TOKEN}/sendPhoto`);
    expect(seen[0]!.type).toMatch(/^multipart\/form-data/);
    expect(seen[0]!.body).toContain('not really a png');
  });

  it('reuses one kept-alive connection for calls one after another', async () => {
    const sockets = new Set<unknown>();
    const { client } = await botApi((_seen, res) => {
      sockets.add(res.socket);
      json(200, { ok: true, result: true })(_seen, res);
    });
    for (let i = 0; i < 5; i++) await client.deleteWebhook();
    expect(sockets.size).toBe(1);
  });
  it('sends a call once more on a fresh socket when the server closed the kept-alive one it took as idle', async () => {
    const sockets: Socket[] = [];
    const { client, seen } = await botApi((_seen, res) => {
      sockets.push(res.socket!);
      json(200, { ok: true, result: seen.length })(_seen, res);
    });
    expect(await client.callApi('getMe', {})).toBe(1);
    // The server drops the idle connection in the same tick as the next call takes it from the pool:
    // the request is written to a socket whose other end is gone, before the server read a byte of it.
    sockets[0]!.destroy();
    expect(await client.callApi('getMe', {})).toBe(2);
    expect(seen).toHaveLength(2);
    expect(sockets[1]).not.toBe(sockets[0]);
  });

  it('does not resend a call the server may have read: a fresh socket closed without an answer', async () => {
    const { client, seen } = await botApi((_seen, res) => res.socket!.destroy());
    const failure = await failureOf(client.sendMessage(3, 'once'));
    expect({ kind: failure.kind, chatId: failure.chatId }).toEqual({ kind: 'network', chatId: 3 });
    expect(seen).toHaveLength(1);
  });

  it('does not resend a call whose answer had begun when a reused socket was cut', async () => {
    const { client, seen } = await botApi((_seen, res) => {
      if (seen.length === 1) return json(200, { ok: true, result: true })(_seen, res);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"ok":tr', () => res.socket!.destroy());
    });
    await client.getMe();
    const failure = await failureOf(client.sendMessage(4, 'once'));
    expect(failure.kind).toBe('network');
    expect(seen).toHaveLength(2);
  });
  it('closes an idle kept-alive socket itself before the server’s announced keep-alive ends', async () => {
    const closed: Array<Promise<boolean>> = [];
    const { client, server } = await botApi(json(200, { ok: true, result: true }));
    // Announces `Keep-Alive: timeout=2`: the client lets the socket go a second before the server would.
    server.keepAliveTimeout = 2_000;
    server.on('connection', (socket: Socket) => {
      let endedByClient = false;
      socket.on('end', () => (endedByClient = true));
      closed.push(new Promise((resolve) => socket.on('close', () => resolve(endedByClient))));
    });
    await client.getMe();
    expect(await closed[0]).toBe(true);
  });
});
