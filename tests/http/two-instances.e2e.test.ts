import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, startApp, type RunningApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/schema.js';
import { startFakeBotApi, type FakeBotApi } from '../../src/fake-telegram/server.js';
import { createLogger } from '../../src/log/logger.js';
import { startRoundRobinProxy, type RoundRobinProxy } from '../support/round-robin-proxy.js';
import { FIXTURE_CONTENT } from '../support/fixture-content.js';
import { privateChat, TEST_TOKEN, user } from '../support/harness.js';

/** Two instances in webhook mode on one SQLite file, behind a round-robin balancer. */
const HOST = 'bot.example.org';
let fake: FakeBotApi;
let proxy: RoundRobinProxy;
let dir: string;
const apps: RunningApp[] = [];

async function startInstance(): Promise<RunningApp> {
  const parsed = parseConfig({
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    DATABASE_PATH: join(dir, 'shared.db'),
    CONTENT_DIR: FIXTURE_CONTENT,
    LOG_LEVEL: 'silent',
    DIGEST_SCHEDULE: '0 0 1 1 *',
    WEBHOOK_URL: `https://${HOST}/tg`,
    PORT: '0',
    HOST: '127.0.0.1',
    // One update at a time, so the balancer's turns are predictable.
    WEBHOOK_MAX_CONNECTIONS: '1',
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const log = createLogger({ level: 'silent', secrets: [TEST_TOKEN] });
  return startApp(await buildApp(parsed.config, { log, now: Date.now, sleep: (ms) => sleep(ms) }));
}

beforeAll(async () => {
  fake = await startFakeBotApi({ token: TEST_TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'mawjaz-two-'));
  apps.push(await startInstance(), await startInstance());
  proxy = await startRoundRobinProxy(apps.map((a) => a.httpPort!));
  fake.routeWebhook(HOST, proxy.origin);
});

afterAll(async () => {
  await Promise.all(apps.map((a) => a.stop('test over')));
  await proxy.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const updateIdOf = (body: string) => (JSON.parse(body) as { update_id: number }).update_id;

describe('two instances behind a balancer', () => {
  it('both handle updates, and an update re-sent to the other instance is handled once', async () => {
    const readers = Array.from({ length: 6 }, (_, i) => user({ id: 9100 + i }));
    for (const from of readers)
      await fake.waitHandled(fake.sendText({ chat: privateChat(from), from, text: '/summary' }));
    for (const from of readers) expect(fake.messages(from.id)).toHaveLength(1);
    const backends = new Set(proxy.requests.map((r) => r.backend));
    expect(backends).toEqual(new Set([0, 1]));
    expect(proxy.requests.every((r) => r.status === 200)).toBe(true);

    // The last update went to one instance; with two, the balancer's next turn is the other one.
    const original = proxy.requests.at(-1)!;
    const id = updateIdOf(original.body);
    const reader = readers.at(-1)!;
    const before = proxy.requests.length;
    fake.resendUpdate(id);
    await fake.waitHandled(id);
    const resent = proxy.requests.slice(before).filter((r) => updateIdOf(r.body) === id);
    expect(resent).toHaveLength(1);
    expect(resent[0]!.backend).not.toBe(original.backend);
    expect(resent[0]!.status).toBe(200);
    expect(fake.webhookAttempts(id)).toBe(2);
    // Handled after the re-send (updates go in order): the chat has its one answer and this one.
    await fake.waitHandled(fake.sendText({ chat: privateChat(reader), from: reader, text: '/help' }));
    expect(fake.messages(reader.id)).toHaveLength(2);
  });
});
