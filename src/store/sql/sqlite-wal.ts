import type { Database } from 'better-sqlite3';
import { isBusy } from './sqlite-direct.js';

/** Waits between attempts to switch to WAL: short, growing, capped. */
const RETRY_MS = [1, 2, 5, 10, 20, 50] as const;

/**
 * Puts the database in WAL mode, retrying while another process holds a lock, until `timeoutMs`.
 * busy_timeout alone is not enough: when several processes open a fresh file together, the switch
 * can fail with SQLITE_BUSY at once (SQLite skips the busy handler where waiting could deadlock, as
 * when this connection already reads the file another is converting). Opening is synchronous and
 * happens once at start-up, so the waits block.
 */
export function switchToWal(
  db: Pick<Database, 'pragma'>,
  timeoutMs: number,
  sleep: (ms: number) => void = sleepSync,
  now: () => number = Date.now,
): void {
  const deadline = now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if (!isBusy(error) || now() >= deadline) throw error;
      sleep(RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!);
    }
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
