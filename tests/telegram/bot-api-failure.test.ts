import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Telegram, TelegramError } from 'telegraf';
import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '../../src/log/logger.js';
import { BotApiFailure, toBotApiFailure } from '../../src/telegram/bot-api-failure.js';

const tg = (error_code: number, description: string, parameters?: object) =>
  new TelegramError({ error_code, description, ...(parameters ? { parameters } : {}) });

const withCode = (code: string, name = 'Error') => Object.assign(new Error(`socket ${code}`), { code, name });

/** The fields that decide what a caller does. */
const essence = (f: BotApiFailure) => ({
  kind: f.kind,
  code: f.code,
  detail: f.detail,
  ...(f.retryAfter !== undefined && { retryAfter: f.retryAfter }),
  ...(f.migrateToChatId !== undefined && { migrateToChatId: f.migrateToChatId }),
  ...(f.goneReason !== undefined && { goneReason: f.goneReason }),
});

describe('toBotApiFailure: Telegram answered', () => {
  it.each([
    [
      '429 with retry_after',
      tg(429, 'Too Many Requests: retry after 7', { retry_after: 7 }),
      { kind: 'rate-limited', code: 429, detail: '429: Too Many Requests: retry after 7', retryAfter: 7 },
    ],
    [
      '429 without retry_after',
      tg(429, 'Too Many Requests'),
      { kind: 'rate-limited', code: 429, detail: '429: Too Many Requests' },
    ],
    [
      '500',
      tg(500, 'Internal Server Error'),
      { kind: 'server', code: 500, detail: '500: Internal Server Error' },
    ],
    ['502', tg(502, 'Bad Gateway'), { kind: 'server', code: 502, detail: '502: Bad Gateway' }],
    [
      '403 blocked',
      tg(403, 'Forbidden: bot was blocked by the user'),
      {
        kind: 'blocked',
        code: 403,
        detail: '403: Forbidden: bot was blocked by the user',
        goneReason: 'blocked_by_user',
      },
    ],
    [
      '403 kicked',
      tg(403, 'Forbidden: bot was kicked from the supergroup chat'),
      {
        kind: 'blocked',
        code: 403,
        detail: '403: Forbidden: bot was kicked from the supergroup chat',
        goneReason: 'kicked',
      },
    ],
    [
      '403 deactivated',
      tg(403, 'Forbidden: user is deactivated'),
      {
        kind: 'blocked',
        code: 403,
        detail: '403: Forbidden: user is deactivated',
        goneReason: 'user_deactivated',
      },
    ],
    [
      '403 not a member',
      tg(403, 'Forbidden: bot is not a member of the channel chat'),
      {
        kind: 'blocked',
        code: 403,
        detail: '403: Forbidden: bot is not a member of the channel chat',
        goneReason: 'not_member',
      },
    ],
    [
      '403 other',
      tg(403, 'Forbidden: something new'),
      { kind: 'blocked', code: 403, detail: '403: Forbidden: something new', goneReason: 'forbidden' },
    ],
    [
      '400 chat not found',
      tg(400, 'Bad Request: chat not found'),
      {
        kind: 'chat-gone',
        code: 400,
        detail: '400: Bad Request: chat not found',
        goneReason: 'chat_not_found',
      },
    ],
    [
      '400 migrated',
      tg(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001234 }),
      {
        kind: 'migrated',
        code: 400,
        detail: '400: Bad Request: group chat was upgraded to a supergroup chat',
        migrateToChatId: -1001234,
      },
    ],
    [
      '400 not modified',
      tg(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      ),
      { kind: 'not-modified', code: 400 },
    ],
    [
      '400 message to edit not found',
      tg(400, 'Bad Request: message to edit not found'),
      { kind: 'message-gone', code: 400 },
    ],
    [
      "400 message can't be edited",
      tg(400, "Bad Request: message can't be edited"),
      { kind: 'message-gone', code: 400 },
    ],
    [
      '400 MESSAGE_ID_INVALID',
      tg(400, 'Bad Request: MESSAGE_ID_INVALID'),
      { kind: 'message-gone', code: 400 },
    ],
    [
      '400 wrong file identifier',
      tg(400, 'Bad Request: wrong file identifier/HTTP URL specified'),
      { kind: 'file-unknown', code: 400 },
    ],
    [
      '400 other',
      tg(400, "Bad Request: can't parse entities"),
      { kind: 'bad-request', code: 400, detail: "400: Bad Request: can't parse entities" },
    ],
    ['401', tg(401, 'Unauthorized'), { kind: 'unauthorized', code: 401, detail: '401: Unauthorized' }],
    [
      '409',
      tg(409, 'Conflict: terminated by other getUpdates request'),
      { kind: 'conflict', code: 409, detail: '409: Conflict: terminated by other getUpdates request' },
    ],
  ])('%s', (_name, err, expected) => {
    const failure = toBotApiFailure(err, 'sendMessage');
    expect(failure).toBeInstanceOf(BotApiFailure);
    expect(essence(failure)).toMatchObject(expected);
    expect(failure.method).toBe('sendMessage');
    expect(failure.cause).toBe(err);
  });

  it('names the method and the chat in its message', () => {
    const failure = toBotApiFailure(tg(403, 'Forbidden: bot was blocked by the user'), 'sendPhoto', {
      chatId: 42,
    });
    expect(failure.message).toBe('sendPhoto failed for chat 42: 403: Forbidden: bot was blocked by the user');
    expect(failure.chatId).toBe(42);
  });

  it('is idempotent: a failure read again stays the same failure', () => {
    const failure = toBotApiFailure(tg(429, 'Too Many Requests', { retry_after: 3 }), 'sendMessage');
    expect(toBotApiFailure(failure, 'other')).toBe(failure);
  });
});

describe('toBotApiFailure: no answer', () => {
  it.each([
    ['FetchError ECONNRESET', withCode('ECONNRESET', 'FetchError'), 'network'],
    ['plain ETIMEDOUT', withCode('ETIMEDOUT'), 'network'],
    ['plain ECONNREFUSED', withCode('ECONNREFUSED'), 'network'],
    ['AbortError', Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }), 'network'],
    ['undici fetch failed', new TypeError('fetch failed', { cause: withCode('ECONNRESET') }), 'network'],
    ['programming error', new TypeError('x is not a function'), 'bad-request'],
    ['non-error value', 'boom', 'bad-request'],
  ])('%s', (_name, err, kind) => {
    const failure = toBotApiFailure(err, 'getChat');
    expect(failure.kind).toBe(kind);
    expect(failure.code).toBeUndefined();
    expect(failure.detail).toBe(err instanceof Error ? err.message : String(err));
  });

  it('reads a real refused connection from telegraf as network, without the token', async () => {
    const token = '777:SECRET-token-of-the-refused-connection';
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await new Telegram(token, { apiRoot: `http://127.0.0.1:${port}` }).getMe().catch((e) => e);
    const failure = toBotApiFailure(error, 'getMe', { scrub: (text) => scrubSecrets(text, [token]) });
    expect(failure.kind).toBe('network');
    expect(failure.message).not.toContain('SECRET');
  });

  it('scrubs the token from a proxy page telegraf cannot read as JSON (its message quotes the URL)', async () => {
    const token = '888:SECRET-token-quoted-in-the-url-0000';
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>Proxy error</html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const error: unknown = await new Telegram(token, { apiRoot }).getMe().catch((e: unknown) => e);
      expect(String((error as Error).message)).toContain('SECRET');
      const failure = toBotApiFailure(error, 'getMe', { scrub: (text) => scrubSecrets(text, [token]) });
      expect(failure.kind).toBe('network');
      expect(failure.message).toContain('[redacted]');
      expect(failure.message).not.toContain('SECRET');
      expect(failure.description).not.toContain('SECRET');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
