/**
 * The bulk sender over real HTTP: telegraf's client and our transmit, against the fake Bot API (in a
 * process of its own) enforcing Telegram's limits with a 429 for every call over them. Prints the
 * achieved steady rate as a fraction of the limit, and the 429s drawn (goal: ≥ 0.95 and 0).
 * Usage: npx tsx bench/sender-http.ts [messages=450] [paidMessages=4000]
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { BotApiClient } from '../src/telegram/bot-api-client.js';
import { createTransmit, type BulkMessage } from '../src/delivery/bulk-message.js';
import { createSender } from '../src/delivery/sender.js';
import { createSystemClock } from '../src/delivery/system-clock.js';
import { peakRssMiB } from './support/memory.js';

const TOKEN = '123456:BENCH-token-for-the-fake-api-0';

/** Starts the fake in a child process; `stats()` asks it for the 429s it gave. */
async function startFakeProcess(perSecond: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/support/fake-process.ts', TOKEN, String(perSecond)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(String((await lines.next()).value)) as Record<string, number | string>;
  const { apiRoot } = (await next()) as { apiRoot: string };
  return {
    apiRoot,
    async stats() {
      child.stdin.write('stats\n');
      return (await next()) as { tooManyRequests: number; violations: number };
    },
    async close() {
      child.stdin.end();
      await once(child, 'exit');
    },
  };
}

async function run(label: string, count: number, perSecond: number, paid: boolean): Promise<void> {
  const fake = await startFakeProcess(perSecond);
  const telegram = new BotApiClient({ token: TOKEN, apiRoot: fake.apiRoot });
  const starts: number[] = [];
  const transmit = createTransmit(telegram, { paidBroadcast: paid });
  const sender = createSender<BulkMessage>({
    transmit: (m) => {
      starts.push(performance.now());
      return transmit(m);
    },
    limits: {
      perSecond,
      perChatPerSecond: 1,
      perGroupPerMinute: 20,
      maxInFlight: Math.max(4, Math.ceil(perSecond / 10)),
    },
    clock: createSystemClock(),
    log: pino({ level: 'silent' }),
    windowSlackMs: 15,
  });
  const outcomes = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      sender.send({
        chatId: 10_000 + i,
        chatType: 'private',
        part: { kind: 'html', html: `<b>Digest</b> ${i}` },
        begin: async () => true,
      }),
    ),
  );
  const sent = outcomes.filter((o) => o.status === 'sent').length;
  // Steady state: everything after the first second, to the last start.
  const steady = starts.filter((t) => t >= starts[0]! + 1000);
  const achieved = ((steady.length - 1) * 1000) / (steady.at(-1)! - steady[0]!);
  const { tooManyRequests } = await fake.stats();
  console.log(
    `${label}: ${sent}/${count} sent; steady ${achieved.toFixed(1)} msgs/s = ${(achieved / perSecond).toFixed(3)} of the ${perSecond}/s limit (goal ≥ 0.95); 429s ${tooManyRequests} (goal 0)`,
  );
  await fake.close();
}

const count = Number(process.argv[2] ?? 450);
const paidCount = Number(process.argv[3] ?? 4000);
await run('sender over HTTP, 30/s', count, 30, false);
await run('sender over HTTP, paid broadcast 1000/s', paidCount, 1000, true);
console.log(`sender over HTTP: peak RSS ${peakRssMiB().toFixed(0)} MiB (client process)`);
