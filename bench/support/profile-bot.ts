/**
 * A CPU profile of one bot handling one kind of update, as bench/bot-throughput.ts offers them: the
 * rounds after a warm-up are recorded with node:inspector and written as a .cpuprofile, with the
 * CPU per update of the same rounds. Sum it with `npx tsx bench/support/profile-summary.ts <file>`.
 *
 *   npx tsx bench/support/profile-bot.ts <echo|mawjaz> <polling|webhook> <kind> <burst|steady> [users=1000] [rounds=3] [out dir=/tmp]
 *
 * `kind` is one of bot-throughput's (`echo` for the echo bot); `steady` offers 400 updates a second.
 * With `ALLOCATIONS=1` it samples allocations instead (collected objects included: what feeds the
 * garbage collector) and writes a .heapprofile (Chrome DevTools reads both).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  databaseIn,
  KINDS,
  MODES,
  startEcho,
  startMawjaz,
  updateFor,
  type Kind,
  type Mode,
} from './bench-bots.js';

const STEADY_PER_SECOND = 400;
const allocations = process.env.ALLOCATIONS === '1';
const [bot = '', mode = '', kind = '', pattern = '', users = '1000', rounds = '3', out = tmpdir()] =
  process.argv.slice(2);
if (
  !['echo', 'mawjaz'].includes(bot) ||
  !MODES.includes(mode as Mode) ||
  !KINDS.includes(kind as Kind) ||
  !['burst', 'steady'].includes(pattern)
)
  throw new Error(
    'usage: profile-bot <echo|mawjaz> <polling|webhook> <kind> <burst|steady> [users] [rounds] [out]',
  );

const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'mawjaz-profile-'));
const running =
  bot === 'echo' ? await startEcho(mode as Mode) : await startMawjaz(mode as Mode, databaseIn(dir));
const ids = Array.from({ length: Number(users) }, (_, i) => 940_000 + i);
const perSecond = pattern === 'steady' ? STEADY_PER_SECOND : undefined;
const session = new Session();
try {
  // Untimed: every chat recorded and given a message of the bot's to press buttons on, the JIT settled.
  if (kind === 'button') await running.fake.run(ids, { text: '/summary' });
  // Two rounds: presses alternate between two views, each rendered once before the recording.
  for (const round of [-2, -1])
    await running.fake.run(ids, updateFor(kind as Kind, running, round), perSecond);
  session.connect();
  if (allocations) {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  } else {
    await session.post('Profiler.enable');
    // 50 µs rather than the default 1 ms: an update costs a few hundred µs, spread over many functions.
    await session.post('Profiler.setSamplingInterval', { interval: 50 });
    await session.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  for (let round = 0; round < Number(rounds); round++)
    await running.fake.run(ids, updateFor(kind as Kind, running, round), perSecond);
  const used = process.cpuUsage(cpu);
  const { profile } = allocations
    ? await session.post('HeapProfiler.stopSampling')
    : await session.post('Profiler.stop');
  const file = join(
    out,
    `${bot}-${mode}-${kind.replace('/', '')}-${pattern}.${allocations ? 'heapprofile' : 'cpuprofile'}`,
  );
  writeFileSync(file, JSON.stringify(profile));
  const updates = ids.length * Number(rounds);
  console.log(
    `${bot} ${mode} ${kind} ${pattern}: ${((used.user + used.system) / 1000 / updates).toFixed(3)} ms CPU per update over ${updates}; profile ${file}`,
  );
} finally {
  session.disconnect();
  await running.stop();
  rmSync(dir, { recursive: true, force: true });
}
