/**
 * The fake Bot API in a process of its own, so that a benchmark's client and server do not share
 * one CPU core. Prints `{"apiRoot": …}` once listening; on a `stats` line prints the 429s it gave,
 * the violations it saw and the CPU time it has used (ms); exits when stdin closes.
 * Usage: tsx bench/support/fake-process.ts TOKEN PER_SECOND
 */
import { createInterface } from 'node:readline';
import { startFakeBotApi } from '../../src/fake-telegram/server.js';

const [token = '', perSecond = '30'] = process.argv.slice(2);
const fake = await startFakeBotApi({
  token,
  limits: { perSecond: Number(perSecond), perChatPerSecond: 1, perGroupPerMinute: 20 },
});
console.log(JSON.stringify({ apiRoot: fake.apiRoot }));
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'stats') {
    const cpu = process.cpuUsage();
    console.log(
      JSON.stringify({
        tooManyRequests: fake.calls.filter((c) => c.errorCode === 429).length,
        violations: fake.violations,
        cpuMs: (cpu.user + cpu.system) / 1000,
      }),
    );
  }
}
await fake.close();
