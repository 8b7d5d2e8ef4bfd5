import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRequest } from '../support/http-client.js';
import { group, startTestBot, user, type TestBot } from '../support/harness.js';

/** Polling mode with PORT set: the HTTP server serves health and metrics only. */
let bot: TestBot;
let port: number;

const READER = user({ id: 8101, language_code: 'en' });
const BLOCKER = user({ id: 8102 });
const GROUP = group(-1008103, 'Desk');

beforeAll(async () => {
  // Text-only digests: the counts below are of sendMessage calls.
  bot = await startTestBot({ PORT: '0', HOST: '127.0.0.1', DIGEST_PICTURES: 'false' });
  port = bot.app.httpPort!;
});

afterAll(async () => {
  await bot.stop();
});

/** Every label value in a Prometheus text exposition. */
function labelValues(exposition: string): string[] {
  return [...exposition.matchAll(/\w+="((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
}

describe('health and metrics', () => {
  it('does not set a webhook in polling mode, and clears one before polling', async () => {
    // A long poll is recorded when it answers: let one answer.
    await bot.send('/start', { from: READER });
    expect(bot.fake.calls.some((c) => c.method === 'setWebhook')).toBe(false);
    const methods = bot.fake.calls.map((c) => c.method);
    expect(methods.indexOf('deleteWebhook')).toBeGreaterThanOrEqual(0);
    expect(methods.indexOf('deleteWebhook')).toBeLessThan(methods.indexOf('getUpdates'));
  });

  it('/healthz answers 200 while the event loop runs', async () => {
    expect(await httpRequest(port, '/healthz')).toMatchObject({ status: 200, body: 'ok\n' });
    expect((await httpRequest(port, '/healthz', { method: 'POST' })).status).toBe(405);
  });

  it('/readyz answers 200 once started', async () => {
    expect(await httpRequest(port, '/readyz')).toMatchObject({ status: 200, body: 'ready\n' });
  });

  it('/metrics exposes the Mawjaz metrics after some traffic, without a user or chat id in any label', async () => {
    await bot.send('/summary', { from: READER });
    await bot.send('/subscribe', { from: READER });
    await bot.send('/subscribe', { from: BLOCKER });
    // A reply rate-limited once: waited out, retried, counted as an error and then as sent.
    bot.fake.inject('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 0',
      parameters: { retry_after: 0 },
    });
    await bot.send('/summary', { chat: GROUP, from: READER });
    bot.fake.blockChat(BLOCKER.id);
    await bot.app.digests.runSlot({ at: Date.UTC(2026, 0, 1, 5), key: '2026-01-01T08:00:00 Asia/Baghdad' });
    await bot.app.jobs.run();

    const metrics = await httpRequest(port, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toContain('text/plain');
    const text = metrics.body;
    expect(text).toMatch(/^mawjaz_updates_total\{kind="message"\} 5$/m);
    expect(text).toMatch(/^mawjaz_update_duration_seconds_count 5$/m);
    expect(text).toMatch(/^mawjaz_messages_sent_total\{kind="reply",result="ok"\} 5$/m);
    expect(text).toMatch(/^mawjaz_messages_sent_total\{kind="digest",result="ok"\} 1$/m);
    expect(text).toMatch(/^mawjaz_messages_sent_total\{kind="digest",result="blocked"\} 1$/m);
    expect(text).toMatch(/^mawjaz_telegram_errors_total\{method="sendMessage",code="403"\} 1$/m);
    expect(text).toMatch(/^mawjaz_telegram_errors_total\{method="sendMessage",code="429"\} 1$/m);
    expect(text).toMatch(/^mawjaz_deliveries\{state="pending"\} 0$/m);
    expect(text).toMatch(/^mawjaz_digest_last_slot_timestamp_seconds 1767243600$/m);
    // Default process metrics, prefixed too.
    expect(text).toMatch(/^mawjaz_nodejs_eventloop_lag_seconds /m);
    expect(text).toMatch(/^mawjaz_process_resident_memory_bytes /m);
    const names = [...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)];
    for (const [, name, type] of names) {
      expect(name).toMatch(/^mawjaz_/);
      if (type === 'counter') expect(name).toMatch(/_total$/);
    }
    const ids = [READER.id, BLOCKER.id, GROUP.id].map(String);
    for (const value of labelValues(text))
      expect(
        ids.some((id) => value.includes(id)),
        value,
      ).toBe(false);
  });

  it('/readyz answers 503 while draining', async () => {
    bot.app.drain();
    expect(await httpRequest(port, '/readyz')).toMatchObject({ status: 503, body: 'not ready: draining\n' });
    expect((await httpRequest(port, '/healthz')).status).toBe(200);
  });
});

describe('readiness without a database', () => {
  it('/readyz answers 503 once the store is closed', async () => {
    const other = await startTestBot({ PORT: '0', HOST: '127.0.0.1' });
    try {
      const otherPort = other.app.httpPort!;
      expect((await httpRequest(otherPort, '/readyz')).status).toBe(200);
      await other.app.store.close();
      expect(await httpRequest(otherPort, '/readyz')).toMatchObject({
        status: 503,
        body: 'not ready: database unreachable\n',
      });
    } finally {
      await other.stop();
    }
  });
});
