/**
 * The bulk sender over real HTTP: telegraf's client, our transmit, against the fake Bot API
 * enforcing Telegram's limits (a 429 for every call over them). Prints the achieved rate as a
 * fraction of the limit and the 429s drawn (goal: ≥ 0.95 and 0).
 * Usage: npx tsx bench/sender-http.ts [messages=450] [paidMessages=4000]
 */
import { pino } from 'pino';
import { Telegraf } from 'telegraf';
import { createTransmit, type BulkMessage } from '../src/delivery/bulk-message.js';
import { createSender } from '../src/delivery/sender.js';
import { createSystemClock } from '../src/delivery/system-clock.js';
import { startFakeBotApi } from '../src/fake-telegram/server.js';
import { peakRssMiB } from './support/memory.js';

const TOKEN = '123456:BENCH-token-for-the-fake-api-0';

async function run(label: string, count: number, perSecond: number, paid: boolean): Promise<void> {
  const fake = await startFakeBotApi({ token: TOKEN, limits: { perSecond, perChatPerSecond: 1, perGroupPerMinute: 20 } });
  const bot = new Telegraf(TOKEN, { telegram: { apiRoot: fake.apiRoot } });
  const starts: number[] = [];
  const transmit = createTransmit(bot.telegram, { paidBroadcast: paid });
  const sender = createSender<BulkMessage>({
    transmit: (m) => {
      starts.push(performance.now());
      return transmit(m);
    },
    limits: { perSecond, perChatPerSecond: 1, perGroupPerMinute: 20, maxInFlight: Math.max(4, Math.ceil(perSecond / 10)) },
    clock: createSystemClock(),
    log: pino({ level: 'silent' }),
    windowSlackMs: 15,
  });
  const outcomes = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      sender.send({ chatId: 10_000 + i, chatType: 'private', part: { kind: 'html', html: `<b>Digest</b> ${i}` }, begin: async () => true }),
    ),
  );
  const sent = outcomes.filter((o) => o.status === 'sent').length;
  // Steady state: from the start of the first full window after the first second to the last start.
  const steady = starts.filter((t) => t >= starts[0]! + 1000);
  const achieved = ((steady.length - 1) * 1000) / (steady.at(-1)! - steady[0]!);
  const tooMany = fake.calls.filter((c) => c.errorCode === 429).length;
  console.log(`${label}: ${sent}/${count} sent; steady ${achieved.toFixed(1)} msgs/s = ${(achieved / perSecond).toFixed(3)} of the ${perSecond}/s limit (goal ≥ 0.95); 429s ${tooMany} (goal 0)`);
  await fake.close();
}

const count = Number(process.argv[2] ?? 450);
const paidCount = Number(process.argv[3] ?? 4000);
await run('sender over HTTP, 30/s', count, 30, false);
await run('sender over HTTP, paid broadcast 1000/s', paidCount, 1000, true);
console.log(`sender over HTTP: peak RSS ${peakRssMiB().toFixed(0)} MiB`);
