import { afterEach, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';

let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(): Promise<FakeBotApi> {
  api = await startFakeBotApi();
  return api;
}

const chat = { id: 5, type: 'private' as const, first_name: 'U' };

function getUpdates(fake: FakeBotApi, params: Record<string, unknown>, signal?: AbortSignal) {
  return fetch(`${fake.apiRoot}/bot${fake.token}/getUpdates`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
    ...(signal && { signal }),
  }).then(async (res) => ({
    status: res.status,
    json: (await res.json()) as { ok: boolean; result?: Array<{ update_id: number }>; description?: string },
  }));
}

const ids = (res: { json: { result?: Array<{ update_id: number }> } }) =>
  res.json.result?.map((u) => u.update_id);

/**
 * Starts a long poll past a marker update and resolves once the fake has received it
 * (receiving a getUpdates with a higher offset is what completes waitHandled).
 */
async function pendingLongPoll(fake: FakeBotApi, signal?: AbortSignal) {
  const marker = fake.sendText({ chat, text: 'marker' });
  const poll = getUpdates(fake, { offset: marker + 1, timeout: 50 }, signal);
  await fake.waitHandled(marker);
  return { marker, poll };
}

describe('getUpdates', () => {
  it('confirms updates below the offset and honours limit', async () => {
    const fake = await start();
    const [a, b, c] = [1, 2, 3].map((n) => fake.sendText({ chat, text: `m${n}` }));
    expect(ids(await getUpdates(fake, { limit: 2 }))).toEqual([a, b]);
    expect(ids(await getUpdates(fake, { offset: c }))).toEqual([c]);
    expect(ids(await getUpdates(fake, {}))).toEqual([c]);
  });

  it('forgets all but the last -offset updates for a negative offset', async () => {
    const fake = await start();
    const [, , last] = [1, 2, 3].map((n) => fake.sendText({ chat, text: `m${n}` }));
    expect(ids(await getUpdates(fake, { offset: -1 }))).toEqual([last]);
    expect(ids(await getUpdates(fake, {}))).toEqual([last]);
  });

  it('answers a long poll as soon as an update arrives', { timeout: 10_000 }, async () => {
    const fake = await start();
    const { marker, poll } = await pendingLongPoll(fake);
    const next = fake.sendText({ chat, text: 'news' });
    const res = await poll;
    expect(ids(res)).toEqual([next]);
    expect(next).toBe(marker + 1);
  });

  it('ends a pending long poll with no updates on close()', { timeout: 10_000 }, async () => {
    const fake = await start();
    const { poll } = await pendingLongPoll(fake);
    await fake.close();
    expect(await poll).toEqual({ status: 200, json: { ok: true, result: [] } });
  });

  it(
    'keeps updates for the next poll when a client abandons its long poll',
    { timeout: 10_000 },
    async () => {
      const fake = await start();
      const abandon = new AbortController();
      const { marker, poll } = await pendingLongPoll(fake, abandon.signal);
      abandon.abort();
      await expect(poll).rejects.toThrow();
      const next = fake.sendText({ chat, text: 'after the abort' });
      expect(ids(await getUpdates(fake, { offset: marker + 1, timeout: 50 }))).toEqual([next]);
    },
  );

  it(
    'ends an older long poll with 409 when another starts, as Telegram does',
    { timeout: 10_000 },
    async () => {
      const fake = await start();
      const { marker, poll: first } = await pendingLongPoll(fake);
      const second = getUpdates(fake, { offset: marker + 1, timeout: 50 });
      expect(await first).toEqual({
        status: 409,
        json: {
          ok: false,
          error_code: 409,
          description:
            'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        },
      });
      const next = fake.sendText({ chat, text: 'for the second' });
      expect(ids(await second)).toEqual([next]);
    },
  );

  it('drops pending updates on deleteWebhook with drop_pending_updates', async () => {
    const fake = await start();
    fake.sendText({ chat, text: 'stale' });
    await fetch(`${fake.apiRoot}/bot${fake.token}/deleteWebhook?drop_pending_updates=true`, {
      method: 'POST',
    });
    expect(ids(await getUpdates(fake, {}))).toEqual([]);
  });
});

describe('waitHandled', () => {
  it('rejects when nobody polls past the update in time', async () => {
    const fake = await start();
    const id = fake.sendText({ chat, text: 'unread' });
    await expect(fake.waitHandled(id, 20)).rejects.toThrow(/not handled within 20 ms/);
  });

  it('rejects at once for an update never pushed, and resolves at once for one already confirmed', async () => {
    const fake = await start();
    const id = fake.sendText({ chat, text: 'read' });
    await expect(fake.waitHandled(id + 1)).rejects.toThrow(/never pushed/);
    await getUpdates(fake, { offset: id + 1 });
    await expect(fake.waitHandled(id, 20)).resolves.toBeUndefined();
  });

  it('rejects pending waits on close()', async () => {
    const fake = await start();
    const waiting = fake.waitHandled(fake.sendText({ chat, text: 'x' }));
    await fake.close();
    await expect(waiting).rejects.toThrow(/closed/);
  });
});
