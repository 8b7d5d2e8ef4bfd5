import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApp } from '../app.js';
import { parseConfig } from '../config/schema.js';
import { startFakeBotApi } from '../fake-telegram/server.js';
import { createLogger } from '../log/logger.js';
import { DemoChat } from './chat.js';

/**
 * `npm run demo`: the real bot against an embedded fake Bot API, with a terminal chat.
 * Needs no token. Reads piped stdin too, so it can be scripted.
 */
const fake = await startFakeBotApi({ token: '1000001:DEMO-token-not-a-secret-0000' });
const dataDir = mkdtempSync(join(tmpdir(), 'mawjaz-demo-'));
const parsed = parseConfig({
  ...process.env,
  TELEGRAM_BOT_TOKEN: fake.token,
  TELEGRAM_API_ROOT: fake.apiRoot,
  DATABASE_PATH: join(dataDir, 'demo.db'),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
if (!parsed.ok) {
  process.stderr.write(`${parsed.error}\n`);
  process.exit(1);
}
const log = createLogger({ level: parsed.config.logLevel, secrets: [fake.token], write: (line) => process.stderr.write(line) });
const app = await startApp(parsed.config, log, { now: Date.now, sleep: (ms) => sleep(ms) });

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const chat = new DemoChat(fake, { languageCode: process.env.DEMO_LANGUAGE ?? 'ar', color });
const interactive = Boolean(process.stdin.isTTY);
const out = (text: string) => process.stdout.write(`${text}\n`);

out(chat.banner());
const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, prompt: '› ' });
if (interactive) lines.prompt();
for await (const line of lines) {
  const input = line.trim();
  if (input === '/quit' || input === '/exit') break;
  if (input) {
    if (!interactive) out(`› ${input}`);
    out(await chat.say(input));
  }
  if (interactive) lines.prompt();
}

await app.stop('demo ended');
await fake.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
