import { createTransmit, type BulkMessage } from '../../src/delivery/bulk-message.js';
import { createJobRunner, type JobRunner, type JobRunnerDeps } from '../../src/delivery/job-runner.js';
import { createSender } from '../../src/delivery/sender.js';
import { createLogger, scrubSecrets } from '../../src/log/logger.js';
import type { Store } from '../../src/store/store.js';
import { BotApiClient } from '../../src/telegram/bot-api-client.js';

export interface JobRunnerSetup {
  runner: JobRunner;
  /** The runner's and the sender's log lines, as written (after scrubbing). */
  lines: string[];
  /** The log lines with this `msg`, parsed. */
  logged: (msg: string) => Array<Record<string, unknown>>;
}

/**
 * A job runner on `store` sending through telegraf's client over HTTP to `apiRoot`, wired as
 * `src/app.ts` wires it: the token scrubbed from the logs and from the errors the sender stores,
 * the real clock, Telegram's limits, a lease this test never sees run out, in doubt: skip.
 */
export function jobRunnerOverHttp(options: {
  store: Store;
  token: string;
  apiRoot: string;
  compose: JobRunnerDeps['compose'];
  lanes?: JobRunnerDeps['lanes'];
  maxInFlight: number;
  /** Sends tried per message before it fails (the sender's default when left out). */
  maxAttempts?: number;
  level?: 'info' | 'debug';
}): JobRunnerSetup {
  const lines: string[] = [];
  const scrub = (text: string) => scrubSecrets(text, [options.token]);
  const log = createLogger({
    level: options.level ?? 'info',
    secrets: [options.token],
    write: (line) => lines.push(line),
  });
  const sender = createSender<BulkMessage>({
    transmit: createTransmit(new BotApiClient({ token: options.token, apiRoot: options.apiRoot, scrub }), {
      paidBroadcast: false,
    }),
    limits: { perSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20, maxInFlight: options.maxInFlight },
    clock: { now: Date.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
    log,
    ...(options.maxAttempts !== undefined && { maxAttempts: options.maxAttempts }),
    scrub,
  });
  const runner = createJobRunner({
    store: options.store,
    sender,
    owner: 'test',
    leaseMs: 30_000,
    inDoubt: 'skip',
    compose: options.compose,
    ...(options.lanes && { lanes: options.lanes }),
    log,
  });
  const logged = (msg: string) =>
    lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === msg);
  return { runner, lines, logged };
}
