import type { Logger } from 'pino';
import { signalAction } from './signal-action.js';

export const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;
/** A stop that takes longer than this is forced (a request that never answers, a stuck job). */
export const STOP_GRACE_MS = 10_000;

export interface StopSignalDeps {
  /** Stops the app cleanly: no new work, leases released, database closed. */
  stop: (signal: string) => Promise<void>;
  exit: (code: number) => void;
  now: () => number;
  log: Logger;
  /** Where the handlers go (the process). */
  on: (signal: (typeof STOP_SIGNALS)[number], handler: () => void) => void;
  setTimer: (fn: () => void, ms: number) => unknown;
  graceMs?: number;
}

/**
 * SIGTERM or SIGINT: a clean stop, then exit 0 (1 when the stop failed). A second signal while
 * stopping, or a stop longer than the grace period, exits 1 at once.
 */
export function handleStopSignals(deps: StopSignalDeps): void {
  let firstAt: number | null = null;
  const onSignal = (signal: string) => {
    const at = deps.now();
    const action = signalAction(firstAt, at);
    if (action === 'duplicate')
      return deps.log.debug({ signal }, 'stop signal received again, already stopping');
    if (action === 'force') {
      deps.log.warn({ signal }, 'second stop signal, exiting now');
      return deps.exit(1);
    }
    firstAt = at;
    deps.log.info({ signal }, 'stop signal received');
    const graceMs = deps.graceMs ?? STOP_GRACE_MS;
    deps.setTimer(() => {
      deps.log.error({ signal, grace_ms: graceMs }, 'stop took too long, exiting now');
      deps.exit(1);
    }, graceMs);
    deps.stop(signal).then(
      () => deps.exit(0),
      (err: unknown) => {
        deps.log.error({ err }, 'stop failed');
        deps.exit(1);
      },
    );
  };
  for (const signal of STOP_SIGNALS) deps.on(signal, () => onSignal(signal));
}
