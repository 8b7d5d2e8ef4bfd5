import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildApp, startApp } from '../app.js';
import { parseConfig } from '../config/schema.js';
import { startFakeBotApi } from '../fake-telegram/server.js';
import { createLogger } from '../log/logger.js';
import { DemoChat } from './chat.js';

/**
 * `npm run demo`: the real bot against an embedded fake Bot API, with a terminal chat.
 * Needs no token. Reads piped stdin too, so it can be scripted. What the bot does is printed as it
 * happens (a digest, a broadcast's progress); log lines go to a file named at start.
 */
const WATCH_MS = 150;

const fake = await startFakeBotApi({ token: '1000001:DEMO-token-not-a-secret-0000' });
const dataDir = mkdtempSync(join(tmpdir(), 'mawjaz-demo-'));
const logFile = join(tmpdir(), `mawjaz-demo-${process.pid}.log`);
writeFileSync(logFile, '');
const parsed = parseConfig({
  ...process.env,
  TELEGRAM_BOT_TOKEN: fake.token,
  TELEGRAM_API_ROOT: fake.apiRoot,
  DATABASE_PATH: join(dataDir, 'demo.db'),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
});
if (!parsed.ok) {
  process.stderr.write(`${parsed.error}\n`);
  process.exit(1);
}
const log = createLogger({
  level: parsed.config.logLevel,
  secrets: [fake.token],
  write: (line) => appendFileSync(logFile, line),
});
const app = await startApp(await buildApp(parsed.config, { log, now: Date.now, sleep: (ms) => sleep(ms) }));

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const chat = new DemoChat(fake, { languageCode: process.env.DEMO_LANGUAGE ?? 'ar', color, logFile });
const interactive = Boolean(process.stdin.isTTY);
const out = (text: string) => process.stdout.write(`${text}\n`);
const lines = createInterface({
  input: process.stdin,
  output: interactive ? process.stdout : undefined,
  prompt: '› ',
});

/** Prints what happened since the last look; at a prompt, the prompt is drawn again below it. */
let shown = 0;
function show(blocks: string[]): void {
  if (blocks.length === 0) return;
  shown += blocks.length;
  if (interactive) process.stdout.write('\r\x1b[K');
  out(blocks.join('\n\n'));
  if (interactive) lines.prompt(true);
}

out(chat.banner());
// Digests, progress messages and reports arrive on their own: shown as they come, not at the next line.
const watcher = setInterval(() => show(chat.news()), WATCH_MS);
if (interactive) lines.prompt();
for await (const line of lines) {
  const input = line.trim();
  if (input === '/quit' || input === '/exit') break;
  if (input) {
    if (!interactive) out(`› ${input}`);
    const before = shown;
    await chat.say(input);
    show(chat.news());
    if (shown === before) out('(no answer)');
  }
  if (interactive) lines.prompt();
}

// Work started by the last lines (a digest, a broadcast) is shown before leaving.
await app.jobs.run();
show(chat.news());
clearInterval(watcher);
await app.stop('demo ended');
await fake.close();
rmSync(dataDir, { recursive: true, force: true });
out(`Logs: ${logFile}`);
process.exit(0);
