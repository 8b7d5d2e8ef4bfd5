import { setTimeout as sleep } from 'node:timers/promises';
import { buildApp, startApp } from './app.js';
import { TokenRejectedError } from './bot/polling.js';
import { loadConfigOrExit } from './config/load.js';
import { createLogger } from './log/logger.js';
import { databaseSecrets } from './store/database-url.js';
import { contentDirProblem } from './process/content-dir.js';
import { handleStopSignals } from './process/stop-signals.js';

/** The process edge: environment, signals and exit codes. Everything else is wired in app.ts. */
const config = loadConfigOrExit();
const log = createLogger({
  level: config.logLevel,
  secrets: [
    config.token,
    ...databaseSecrets(config.databaseUrl),
    ...(config.http.webhook ? [config.http.webhook.secret] : []),
  ],
});

process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

const contentProblem = await contentDirProblem(config.contentDir);
if (contentProblem !== null) {
  process.stderr.write(`Configuration error: CONTENT_DIR: ${contentProblem}\n`);
  process.exit(1);
}

const starting = buildApp(config, { log, now: Date.now, sleep: (ms) => sleep(ms) }).then(startApp);
// Installed before the app is up, so a signal during start-up also stops it cleanly once started.
handleStopSignals({
  stop: async (signal) => (await starting).stop(signal),
  exit: (code) => process.exit(code),
  now: Date.now,
  log,
  on: (signal, handler) => process.on(signal, handler),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  graceMs: config.stopGraceMs,
});

let app: Awaited<typeof starting> | undefined;
try {
  app = await starting;
  // Settles after a stop signal's clean stop; rejects when Telegram rejects the token later on.
  await app.polling;
} catch (error) {
  if (app !== undefined) {
    // Still a clean stop (jobs hand over, leases released), within the same grace as for a signal.
    setTimeout(() => process.exit(1), config.stopGraceMs).unref();
    await app.stop('polling failed').catch((err: unknown) => log.error({ err }, 'stop failed'));
  }
  if (error instanceof TokenRejectedError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  log.fatal({ err: error }, 'could not start');
  process.exit(1);
}
