/**
 * A broadcast fan-out end to end: n subscribers in a real SQLite store, a persisted broadcast job,
 * the job runner and the real sender over HTTP (telegraf's client) against the fake Bot API
 * enforcing Telegram's 30 messages/s. Prints the achieved rate as a fraction of the limit (goal
 * ≥ 0.95), measured in steady state (after the first second, when the sender's window is full),
 * the 429s drawn (goal 0) and the peak memory.
 * Usage: npx tsx bench/fan-out.ts [n=1000]   (10,000 at 30/s takes ~5.5 minutes)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { BotApiClient } from '../src/telegram/bot-api-client.js';
import { audienceDeliveries } from '../src/bot/features/admin/audience.js';
import { composeBroadcast } from '../src/broadcast/content.js';
import type { BroadcastJobPayload } from '../src/broadcast/payload.js';
import { createTransmit, type BulkMessage } from '../src/delivery/bulk-message.js';
import { createJobRunner } from '../src/delivery/job-runner.js';
import { createSender } from '../src/delivery/sender.js';
import { createSystemClock } from '../src/delivery/system-clock.js';
import { startFakeBotApi } from '../src/fake-telegram/server.js';
import { openStore } from '../src/store/open.js';
import { peakRssMiB } from './support/memory.js';

const TOKEN = '123456:BENCH-token-for-the-fake-api-0';
const PER_SECOND = 30;

const n = Number(process.argv[2] ?? 1000);
if (!Number.isSafeInteger(n) || n < PER_SECOND * 3)
  throw new Error(`n must be a whole number of at least ${PER_SECOND * 3}`);

const dir = mkdtempSync(join(tmpdir(), 'mawjaz-fan-out-'));
const fake = await startFakeBotApi({
  token: TOKEN,
  limits: { perSecond: PER_SECOND, perChatPerSecond: 1, perGroupPerMinute: 20 },
});
const store = await openStore({ databasePath: join(dir, 'bench.db') });
const log = pino({ level: 'silent' });
try {
  for (let i = 0; i < n; i++) {
    await store.chats.seen({ id: 100_000 + i, type: 'private', title: null });
    await store.chats.subscribe(100_000 + i, null);
  }
  const payload: BroadcastJobPayload = {
    content: { kind: 'html', parts: ['<b>Bench</b> broadcast: one message to every subscriber.'] },
    author: 1,
    createdAt: Date.now(),
    previewId: 1,
    includeChannels: false,
    lang: 'en',
    progressMessage: { chatId: 1, messageId: 1 },
  };
  const job = await store.jobs.create(
    { kind: 'broadcast', key: 'broadcast:bench', payload, author: 1 },
    await audienceDeliveries(store.chats, false),
  );
  if (!job) throw new Error('the bench job was not created');

  // The same wiring as app.ts.
  const telegram = new BotApiClient({ token: TOKEN, apiRoot: fake.apiRoot });
  const sender = createSender<BulkMessage>({
    transmit: createTransmit(telegram, { paidBroadcast: false }),
    limits: {
      perSecond: PER_SECOND,
      perChatPerSecond: 1,
      perGroupPerMinute: 20,
      maxInFlight: Math.max(4, Math.ceil(PER_SECOND / 10)),
    },
    clock: createSystemClock(),
    log,
    windowSlackMs: 15,
  });
  const runner = createJobRunner({
    store,
    sender,
    owner: 'bench',
    leaseMs: 30_000,
    inDoubt: 'skip',
    compose: async (job, delivery) => composeBroadcast(job, delivery),
    log,
  });

  console.log(`fan-out: ${n} recipients at ${PER_SECOND}/s, expect ~${Math.ceil(n / PER_SECOND)} s`);
  const began = performance.now();
  await runner.run();
  const seconds = (performance.now() - began) / 1000;

  const accepted = fake.calls.filter((c) => c.method === 'sendMessage' && c.ok).map((c) => c.at);
  // Steady state: from the first call after the first second (the window is full) to the last.
  const steady = accepted.filter((at) => at >= accepted[0]! + 1000);
  const achieved = ((steady.length - 1) * 1000) / (steady.at(-1)! - steady[0]!);
  const progress = await store.jobs.progress(job.id);
  console.log(
    `fan-out: ${progress.sent}/${n} sent, ${progress.failed} failed in ${seconds.toFixed(1)} s (overall ${(n / seconds).toFixed(1)} msgs/s)`,
  );
  console.log(
    `fan-out: steady-state rate ${achieved.toFixed(2)} msgs/s = ${(achieved / PER_SECOND).toFixed(3)} of the ${PER_SECOND}/s limit (goal ≥ 0.95)`,
  );
  console.log(
    `fan-out: 429s ${fake.calls.filter((c) => c.errorCode === 429).length} (goal 0), flood-wait violations ${fake.violations}`,
  );
  console.log(`fan-out: peak RSS ${peakRssMiB().toFixed(0)} MiB`);
} finally {
  await store.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
