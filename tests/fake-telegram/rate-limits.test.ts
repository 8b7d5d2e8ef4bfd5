import { Telegraf, TelegramError } from 'telegraf';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi, type FakeBotApiOptions } from '../../src/fake-telegram/server.js';

let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** A fake on a hand-driven clock. */
async function start(limits?: FakeBotApiOptions['limits']) {
  let t = 0;
  api = await startFakeBotApi({ ...(limits && { limits }), now: () => t });
  const fake = api;
  const setTime = (ms: number) => {
    t = ms;
  };
  /** Sends at time `ms`; answers the HTTP status and retry_after if any. */
  const sendAt = async (
    ms: number,
    chatId: number,
    method = 'sendMessage',
    extra: Record<string, unknown> = { text: 'x' },
  ) => {
    setTime(ms);
    const res = await fetch(`${fake.apiRoot}/bot${fake.token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chat_id: chatId, ...extra }),
    });
    const json = (await res.json()) as { description?: string; parameters?: { retry_after?: number } };
    return res.status === 429 ? `429 after ${json.parameters?.retry_after}` : String(res.status);
  };
  return { fake, sendAt };
}

describe('rate limits on a fake clock', () => {
  it('allows one send per chat per second; the 429 then holds every chat until retry_after ends', async () => {
    const { fake, sendAt } = await start({ perChatPerSecond: 1 });
    expect(await sendAt(0, 5)).toBe('200');
    expect(await sendAt(400, 5)).toBe('429 after 1');
    expect(fake.violations).toBe(0);
    expect(await sendAt(900, 6)).toBe('429 after 1');
    expect(await sendAt(1300, 5)).toBe('429 after 1');
    expect(fake.violations).toBe(2);
    expect(await sendAt(1400, 5)).toBe('200');
    expect(await sendAt(1400, 6)).toBe('200');
    expect(fake.violations).toBe(2);
  });

  it('limits sends over all chats per second with a sliding window', async () => {
    const { sendAt } = await start({ perSecond: 3 });
    for (const [t, chat] of [
      [0, 1],
      [600, 2],
      [900, 3],
    ] as const)
      expect(await sendAt(t, chat)).toBe('200');
    // At 1100 the send at 0 has left the window (100, 1100]; a fixed per-second bucket would allow 1200 too.
    expect(await sendAt(1100, 4)).toBe('200');
    expect(await sendAt(1200, 5)).toBe('429 after 1');
  });

  it('limits groups per minute, telling how long until the oldest send leaves the window', async () => {
    const { fake, sendAt } = await start({ perGroupPerMinute: 2 });
    expect(await sendAt(0, -100)).toBe('200');
    expect(await sendAt(2_000, -100)).toBe('200');
    expect(await sendAt(4_000, 5)).toBe('200');
    expect(await sendAt(4_000, -100)).toBe('429 after 56');
    expect(await sendAt(59_999, 5)).toBe('429 after 1');
    expect(fake.violations).toBe(1);
    expect(await sendAt(60_000, -100)).toBe('200');
  });

  it('counts copyMessage as a send but not edits, and does not count refused sends', async () => {
    const { fake, sendAt } = await start({ perChatPerSecond: 1 });
    expect(await sendAt(0, 5, 'sendMessage', { text: '' })).toBe('400');
    expect(await sendAt(0, 5)).toBe('200');
    expect(await sendAt(100, 5, 'copyMessage', { from_chat_id: 5, message_id: 1 })).toBe('429 after 1');
    expect(await sendAt(200, 5, 'editMessageText', { message_id: 1, text: 'edited' })).toBe('200');
    expect(await sendAt(200, 5, 'sendChatAction', { action: 'typing' })).toBe('200');
    expect(fake.violations).toBe(0);
  });

  it('enforces nothing without limits', async () => {
    const { sendAt } = await start();
    for (let i = 0; i < 40; i++) expect(await sendAt(0, -100)).toBe('200');
  });
});

describe('injected failures', () => {
  it('start a flood wait when they carry retry_after, without any limits', async () => {
    const { fake, sendAt } = await start();
    fake.inject('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 3',
      parameters: { retry_after: 3 },
    });
    expect(await sendAt(0, 5)).toBe('429 after 3');
    expect(await sendAt(1_000, 6, 'copyMessage', { from_chat_id: 6, message_id: 1 })).toBe('429 after 2');
    expect(fake.violations).toBe(1);
    expect(await sendAt(3_000, 5)).toBe('200');
  });

  it('apply only to the given chat and only as many times as asked', async () => {
    const { fake, sendAt } = await start();
    fake.inject(
      'sendMessage',
      { error_code: 400, description: 'Bad Request: chat not found' },
      { chatId: 7, times: 2 },
    );
    expect(await sendAt(0, 5)).toBe('200');
    expect(await sendAt(0, 7)).toBe('400');
    expect(await sendAt(0, 7)).toBe('400');
    expect(await sendAt(0, 7)).toBe('200');
  });

  it('reach telegraf with their code, description and parameters', async () => {
    const { fake } = await start();
    fake.inject('sendMessage', {
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      parameters: { migrate_to_chat_id: -1009 },
    });
    const telegram = new Telegraf(fake.token, { telegram: { apiRoot: fake.apiRoot } }).telegram;
    const error = await telegram.sendMessage(-9, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TelegramError);
    expect((error as TelegramError).parameters).toEqual({ migrate_to_chat_id: -1009 });
    expect((error as TelegramError).description).toBe(
      'Bad Request: group chat was upgraded to a supergroup chat',
    );
  });
});
