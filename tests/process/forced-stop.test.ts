import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_TOKEN } from '../support/harness.js';
import { processTestKit, type MainProcess } from '../support/run-main.js';

const kit = processTestKit('forced');
let blackHole: Server | undefined;
const sockets = new Set<Socket>();
afterEach(async () => {
  sockets.forEach((s) => s.destroy());
  await new Promise((resolve) => blackHole?.close(resolve));
});

/** A Bot API that accepts connections and never answers: the bot cannot finish starting, nor stop cleanly. */
async function startBlackHole(): Promise<string> {
  blackHole = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => blackHole!.listen(0, '127.0.0.1', resolve));
  const address = blackHole.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

async function stuckBot(env: Record<string, string> = {}): Promise<MainProcess> {
  const run = kit.main({
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: await startBlackHole(),
    DATABASE_PATH: join(kit.tempDir(), 'db.sqlite'),
    ...env,
  });
  // Started far enough to have its signal handlers: waiting on Telegram for who it is.
  await run.waitFor(/"msg":"content loaded"/);
  return run;
}

describe('a stop that does not finish', () => {
  it('is forced with exit 1 by a second signal', async () => {
    const run = await stuckBot();
    run.kill('SIGTERM');
    await run.waitFor(/"msg":"stop signal received"/);
    // Well after the first: not the same signal delivered twice.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    run.kill('SIGTERM');
    expect(await run.exit).toBe(1);
    expect(run.stdout()).toContain('"msg":"second stop signal, exiting now"');
  }, 60_000);

  it('is forced with exit 1 after the grace period (STOP_GRACE_SECONDS)', async () => {
    // Shorter than the default 10 s: the test waits for all of it.
    const run = await stuckBot({ STOP_GRACE_SECONDS: '2' });
    run.kill('SIGINT');
    expect(await run.exit).toBe(1);
    expect(run.stdout()).toMatch(/"grace_ms":2000,[^\n]*"msg":"stop took too long, exiting now"/);
  }, 60_000);
});
