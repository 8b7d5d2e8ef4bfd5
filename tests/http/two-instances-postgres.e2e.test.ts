import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, startApp, type RunningApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/schema.js';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';
import { textMessageUpdate } from '../../src/fake-telegram/update-builders.js';
import { createLogger } from '../../src/log/logger.js';
import type { Slot } from '../../src/schedule/slots.js';
import { httpRequest } from '../support/http-client.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../support/round-robin-proxy.js';
import { FIXTURE_CONTENT } from '../support/fixture-content.js';
import { privateChat, TEST_TOKEN, user } from '../support/harness.js';
import { eventually } from '../support/run-main.js';
import { tempDatabase } from '../store/helpers.js';

/**
 * Two instances in webhook mode on ONE PostgreSQL database, behind a round-robin balancer, against a
 * fake that enforces Telegram's limits (30/s overall, 1/s per chat) and counts every breach.
 */
const HOST = 'bot.example.org';
const PATH = '/tg';
const USERS = 200;
const userIds = Array.from({ length: USERS }, (_, i) => 20_000 + i);
const SLOT: Slot = { at: Date.UTC(2026, 0, 1, 5), key: '2026-01-01T08:00:00 Asia/Baghdad' };

let fake: FakeBotApi;
let proxy: RoundRobinProxy;
let database: Awaited<ReturnType<typeof tempDatabase>>;
const apps: RunningApp[] = [];

async function startInstance(): Promise<RunningApp> {
  const parsed = parseConfig({
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_URL: database.location,
    CONTENT_DIR: FIXTURE_CONTENT,
    LOG_LEVEL: 'silent',
    DIGEST_SCHEDULE: '0 0 1 1 *',
    // Text digests: one message per subscriber.
    DIGEST_PICTURES: 'false',
    WEBHOOK_URL: `https://${HOST}${PATH}`,
    PORT: '0',
    HOST: '127.0.0.1',
    // Below the fake's 30/s: a loaded machine (client and fake share it) bunches arrivals by more
    // than the fake's jitter allowance. Two instances on separate budgets would still reach 50/s.
    SEND_PER_SECOND: '25',
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const log = createLogger({ level: 'silent', secrets: [TEST_TOKEN] });
  return startApp(await buildApp(parsed.config, { log, now: Date.now, sleep: (ms) => sleep(ms) }));
}

beforeAll(async () => {
  // The fake's clock and the instances' are the same machine's: allow its scheduling jitter.
  fake = await startFakeBotApi({
    token: TEST_TOKEN,
    limits: { perSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20, jitterMs: 100 },
  });
  database = await tempDatabase('postgres');
  apps.push(await startInstance(), await startInstance());
  proxy = await startRoundRobinProxy(apps.map((a) => a.httpPort!));
  fake.routeWebhook(HOST, proxy.origin);
});

afterAll(async () => {
  await Promise.all(apps.map((a) => a.stop('test over')));
  await proxy?.close();
  await fake?.close();
  await database?.cleanup();
});

const rateLimited = () => fake.calls.filter((c) => c.errorCode === 429);

describe('two webhook instances on one PostgreSQL database', () => {
  it('answer /subscribe from 200 users once each, then send a digest slot run by both once to each', async () => {
    const ids = userIds.map((id) => {
      const from = user({ id });
      return fake.sendText({ chat: privateChat(from), from, text: '/subscribe' });
    });
    await Promise.all(ids.map((id) => fake.waitHandled(id, 55_000)));
    await eventually(() => userIds.every((id) => fake.messages(id).length >= 1));
    // Both instances took updates; none was refused or lost on the way.
    expect(new Set(proxy.requests.map((r) => r.backend))).toEqual(new Set([0, 1]));
    expect(proxy.requests.every((r) => r.status === 200)).toBe(true);
    expect((await apps[0]!.store.chats.counts()).activeSubscribers).toBe(USERS);

    // The same slot fires on both instances: one digest job, sent by whoever holds it.
    await Promise.all(apps.map((a) => a.digests.runSlot(SLOT)));
    await Promise.all(apps.map((a) => a.jobs.run()));
    await eventually(async () => (await apps[1]!.store.jobs.latest('digest'))?.state === 'finished');

    for (const id of userIds) {
      const messages = fake.messages(id);
      // The /subscribe answer, then the digest: nothing twice, nothing missing.
      expect(messages, `chat ${id}`).toHaveLength(2);
      expect(messages[1]!.text, `chat ${id}`).toContain('/summary ');
    }
    expect(fake.violations).toBe(0);
    expect(rateLimited()).toEqual([]);
  }, 60_000);

  it('a forged webhook request without the secret changes nothing', async () => {
    const from = user({ id: 29_999 });
    const forged = JSON.stringify({
      update_id: 990_001,
      ...textMessageUpdate({
        chat: privateChat(from),
        from,
        text: '/subscribe',
        messageId: 1,
        date: Math.floor(Date.now() / 1000),
      }),
    });
    const before = fake.calls.length;
    for (const [port, headers] of [
      [apps[0]!.httpPort!, {}],
      [apps[1]!.httpPort!, { 'X-Telegram-Bot-Api-Secret-Token': 'not-the-secret' }],
    ] as const) {
      const answer = await httpRequest(port, PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: forged,
      });
      expect(answer.status).toBe(401);
    }
    expect(await apps[0]!.store.chats.get(from.id)).toBeNull();
    expect((await apps[1]!.store.chats.counts()).activeSubscribers).toBe(USERS);
    expect(fake.messages(from.id)).toEqual([]);
    expect(fake.calls.slice(before).filter((c) => c.method.startsWith('send'))).toEqual([]);
  });
});
