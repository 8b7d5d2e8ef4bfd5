import { describe, expect, it } from 'vitest';
import type { Update } from 'telegraf/types';
import { createWebhook, SECRET_HEADER } from '../../src/http/webhook.js';
import { createLogger } from '../../src/log/logger.js';

const log = createLogger({ level: 'silent', secrets: [] });
const SECRET = 'the-secret_1';

function request(body: unknown, secret: string | null = SECRET) {
  return {
    method: 'POST',
    path: '/hook',
    headers: secret === null ? {} : { [SECRET_HEADER]: secret },
    body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
  };
}

function webhook(overrides: Partial<Parameters<typeof createWebhook>[0]> = {}) {
  const claimed = new Set<number>();
  const handled: number[] = [];
  const hook = createWebhook({
    path: '/hook',
    secret: SECRET,
    claim: async (id) => !claimed.has(id) && Boolean(claimed.add(id)),
    handle: async (update) => void handled.push(update.update_id),
    draining: () => false,
    log,
    ...overrides,
  });
  return { hook, handled, claimed };
}

describe('the webhook route', () => {
  it('handles an update once, however often it is posted', async () => {
    const { hook, handled } = webhook();
    expect((await hook.route.handle(request({ update_id: 10, message: {} }))).status).toBe(200);
    expect((await hook.route.handle(request({ update_id: 10, message: {} }))).status).toBe(200);
    expect(handled).toEqual([10]);
  });

  it('refuses a missing or wrong secret with 401 without claiming or handling', async () => {
    const { hook, handled, claimed } = webhook();
    expect((await hook.route.handle(request({ update_id: 11 }, null))).status).toBe(401);
    expect((await hook.route.handle(request({ update_id: 11 }, 'the-secret_'))).status).toBe(401);
    expect((await hook.route.handle(request({ update_id: 11 }, ''))).status).toBe(401);
    expect(handled).toEqual([]);
    expect(claimed.size).toBe(0);
  });

  it('answers 400 to invalid JSON or a body without an integer update_id', async () => {
    const { hook } = webhook();
    for (const body of ['{', 'null', '[]', '{"update_id":"1"}', '{"update_id":1.5}']) {
      expect((await hook.route.handle(request(body))).status, body).toBe(400);
    }
  });

  it('answers 503 unclaimed while draining, so that Telegram re-sends the update', async () => {
    const { hook, claimed } = webhook({ draining: () => true });
    expect((await hook.route.handle(request({ update_id: 12 }))).status).toBe(503);
    expect(claimed.size).toBe(0);
  });

  it('answers before a slow handler has finished, and settles once it has', async () => {
    let finish!: () => void;
    let done = false;
    const { hook } = webhook({
      answerWithinMs: 20,
      handle: () =>
        new Promise<void>((resolve) => (finish = resolve)).then(() => {
          done = true;
        }),
    });
    expect((await hook.route.handle(request({ update_id: 13 }))).status).toBe(200);
    expect(done).toBe(false);
    const settled = hook.settled();
    finish();
    await settled;
    expect(done).toBe(true);
  });

  it('lets a database failure surface (500 from the server), handling nothing', async () => {
    const handled: Update[] = [];
    const { hook } = webhook({
      claim: () => Promise.reject(new Error('database is locked')),
      handle: async (u) => void handled.push(u),
    });
    await expect(hook.route.handle(request({ update_id: 14 }))).rejects.toThrow('database is locked');
    expect(handled).toEqual([]);
  });
});
