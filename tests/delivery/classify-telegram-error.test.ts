import { TelegramError } from 'telegraf';
import { describe, expect, it } from 'vitest';
import { classifyTelegramError } from '../../src/delivery/classify-telegram-error.js';

const tg = (error_code: number, description: string, parameters?: object) =>
  new TelegramError({ error_code, description, ...(parameters ? { parameters } : {}) });

const withCode = (code: string, name = 'Error') => Object.assign(new Error(`socket ${code}`), { code, name });

describe('classifyTelegramError', () => {
  it.each([
    [
      '429 with retry_after',
      tg(429, 'Too Many Requests: retry after 7', { retry_after: 7 }),
      { kind: 'rate_limited', retryAfterMs: 7000 },
    ],
    ['429 without retry_after', tg(429, 'Too Many Requests'), { kind: 'rate_limited', retryAfterMs: 5000 }],
    ['500', tg(500, 'Internal Server Error'), { kind: 'transient' }],
    ['502', tg(502, 'Bad Gateway'), { kind: 'transient' }],
    [
      '403 blocked',
      tg(403, 'Forbidden: bot was blocked by the user'),
      { kind: 'chat_gone', reason: 'blocked_by_user' },
    ],
    [
      '403 kicked',
      tg(403, 'Forbidden: bot was kicked from the supergroup chat'),
      { kind: 'chat_gone', reason: 'kicked' },
    ],
    [
      '403 deactivated',
      tg(403, 'Forbidden: user is deactivated'),
      { kind: 'chat_gone', reason: 'user_deactivated' },
    ],
    [
      '403 not a member',
      tg(403, 'Forbidden: bot is not a member of the channel chat'),
      { kind: 'chat_gone', reason: 'not_member' },
    ],
    ['403 other', tg(403, 'Forbidden: something new'), { kind: 'chat_gone', reason: 'forbidden' }],
    [
      '400 chat not found',
      tg(400, 'Bad Request: chat not found'),
      { kind: 'chat_gone', reason: 'chat_not_found' },
    ],
    [
      '400 migrated',
      tg(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001234 }),
      { kind: 'migrated', newChatId: -1001234 },
    ],
    [
      '400 other',
      tg(400, "Bad Request: can't parse entities"),
      { kind: 'bad_request', description: "400: Bad Request: can't parse entities" },
    ],
    ['401', tg(401, 'Unauthorized'), { kind: 'bad_request', description: '401: Unauthorized' }],
    ['FetchError ECONNRESET', withCode('ECONNRESET', 'FetchError'), { kind: 'transient' }],
    ['plain ETIMEDOUT', withCode('ETIMEDOUT'), { kind: 'transient' }],
    ['plain ECONNREFUSED', withCode('ECONNREFUSED'), { kind: 'transient' }],
    [
      'AbortError',
      Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }),
      { kind: 'transient' },
    ],
    [
      'undici fetch failed',
      new TypeError('fetch failed', { cause: withCode('ECONNRESET') }),
      { kind: 'transient' },
    ],
    [
      'programming error',
      new TypeError('x is not a function'),
      { kind: 'bad_request', description: 'x is not a function' },
    ],
    ['non-error value', 'boom', { kind: 'bad_request', description: 'boom' }],
  ])('%s', (_name, err, expected) => {
    expect(classifyTelegramError(err)).toEqual(expected);
  });
});
