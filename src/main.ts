import { setTimeout as sleep } from 'node:timers/promises';
import { startApp } from './app.js';
import { TokenRejectedError } from './bot/polling.js';
import { loadConfigOrExit } from './config/load.js';
import { createLogger } from './log/logger.js';
import { databaseSecrets } from './store/database-url.js';

/** The process edge: environment, signals and exit codes. Everything else is wired in app.ts. */
const config = loadConfigOrExit();
const log = createLogger({ level: config.logLevel, secrets: [config.token, ...databaseSecrets(config.databaseUrl)] });

process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

try {
  const app = await startApp(config, log, { now: Date.now, sleep: (ms) => sleep(ms) });
  const shutdown = (signal: string) => {
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    void app.stop(signal).then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  await app.polling;
} catch (error) {
  if (error instanceof TokenRejectedError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  log.fatal({ err: error }, 'could not start');
  process.exit(1);
}
