/**
 * Sender throughput against a fake Bot API that enforces a sliding 1 s limit and answers
 * over-limit calls with a telegraf 429, each call taking ~20 ms.
 * Usage: npx tsx bench/sender.ts [messages=600] [burstMessages=3000] [windowSlackMs=0]
 */
import { setTimeout as delay } from 'node:timers/promises';
import { pino } from 'pino';
import { TelegramError } from 'telegraf';
import { createSender } from '../src/delivery/sender.js';
import { createSystemClock } from '../src/delivery/system-clock.js';
import type { OutgoingMessage, SenderLimits } from '../src/delivery/types.js';
import { toBotApiFailure } from '../src/telegram/bot-api-failure.js';

const CALL_LATENCY_MS = 20;

function fakeBotApi(limitPerSecond: number) {
  const accepted: number[] = [];
  let tooManyRequests = 0;
  async function transmit(_m: OutgoingMessage): Promise<number[]> {
    const now = Date.now();
    while (accepted.length > 0 && (accepted[0] as number) <= now - 1000) accepted.shift();
    if (accepted.length >= limitPerSecond) {
      tooManyRequests++;
      const retryAfter = Math.max(1, Math.ceil(((accepted[0] as number) + 1000 - now) / 1000));
      await delay(CALL_LATENCY_MS);
      // As the app's one client throws it.
      throw toBotApiFailure(
        new TelegramError({
          error_code: 429,
          description: `Too Many Requests: retry after ${retryAfter}`,
          parameters: { retry_after: retryAfter },
        }),
        'sendMessage',
      );
    }
    accepted.push(now);
    await delay(CALL_LATENCY_MS);
    return [accepted.length];
  }
  return { transmit, tooManyRequests: () => tooManyRequests };
}

async function run(label: string, count: number, limits: SenderLimits, windowSlackMs: number): Promise<void> {
  const api = fakeBotApi(limits.perSecond);
  const starts: number[] = [];
  const sender = createSender({
    transmit: (m: OutgoingMessage) => {
      starts.push(Date.now());
      return api.transmit(m);
    },
    limits,
    clock: createSystemClock(),
    log: pino({ level: 'warn' }),
    windowSlackMs,
  });
  const began = Date.now();
  const outcomes = await Promise.all(
    Array.from({ length: count }, (_, i) => sender.send({ chatId: 1_000 + i, chatType: 'private' })),
  );
  const elapsedMs = Date.now() - began;
  const sent = outcomes.filter((o) => o.status === 'sent').length;
  const limit = limits.perSecond;
  console.log(
    `${label}: ${sent}/${count} sent in ${(elapsedMs / 1000).toFixed(2)} s, limit ${limit}/s, maxInFlight ${limits.maxInFlight}`,
  );
  console.log(`${label}: overall ${(count / (elapsedMs / 1000)).toFixed(1)} msgs/s`);
  // Message k may start only 1 s after message k - limit, so g generations back the
  // earliest possible gap is g seconds: the ratio to the actual gap is the pace achieved.
  const generations = Math.floor((count - 1) / limit);
  if (generations > 0) {
    const last = count - 1;
    const gapMs = (starts[last] as number) - (starts[last - generations * limit] as number);
    const efficiency = (generations * 1000) / gapMs;
    console.log(
      `${label}: sustained ${(efficiency * limit).toFixed(1)} msgs/s = ${efficiency.toFixed(3)} of the limit (goal >= 0.95)`,
    );
  } else {
    console.log(`${label}: sustained rate n/a (all ${count} fit in one 1 s window)`);
  }
  console.log(`${label}: 429 responses ${api.tooManyRequests()} (goal 0)`);
}

const count = Number(process.argv[2] ?? 600);
const burstCount = Number(process.argv[3] ?? 3000);
const windowSlackMs = Number(process.argv[4] ?? 0);
await run(
  'standard',
  count,
  { perSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20, maxInFlight: 10 },
  windowSlackMs,
);
await run(
  'paid-broadcast',
  burstCount,
  { perSecond: 1000, perChatPerSecond: 1, perGroupPerMinute: 20, maxInFlight: 100 },
  windowSlackMs,
);
