import type { Logger } from 'pino';
import { compileSchedule, type Slot } from './slots.js';

export interface SchedulerDeps {
  expressions: readonly string[];
  timeZone: string;
  clock: { now(): number };
  /** Called once per slot, one call at a time, in slot order. */
  onSlot: (slot: Slot, late: boolean) => Promise<void>;
  /** At start-up, a missed slot this recent is still fired (late); older ones are skipped. */
  catchUpMs: number;
  /** When the last slot was handled (epoch ms), as persisted by onSlot's owner; null if never. */
  lastRun: () => Promise<number | null>;
  log: Logger;
  /** A live slot fired more than this after its time is reported late. Default 60 s. */
  lateAfterMs?: number;
  /** Live tick period. Default 1 s. */
  tickIntervalMs?: number;
}

export interface Scheduler {
  /** Begins live ticking; call catchUp first at start-up. */
  start(): void;
  /** Fires every slot in (previous tick, nowMs]. The first range starts when the scheduler was created. */
  tick(nowMs: number): Promise<void>;
  /** Fires the newest slot in (lastRun, nowMs] if within catchUpMs of nowMs; skips and logs older ones. */
  catchUp(nowMs: number): Promise<void>;
  stop(): void;
}

/**
 * Live mode is a plain timer calling tick() rather than node-cron's schedule(): the same
 * code path as the tests, our DST rules (one slot per local time), and a slot that falls
 * inside an event-loop stall or a suspended laptop still fires on the next tick instead
 * of being dropped, while never firing twice.
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { clock, log, catchUpMs } = deps;
  const schedule = compileSchedule(deps.expressions, deps.timeZone);
  const lateAfterMs = deps.lateAfterMs ?? 60_000;
  let coveredUntil = clock.now();
  // Slots up to here were fired by tick(); catchUp must not fire them again.
  let tickedUntil = -Infinity;
  let timer: ReturnType<typeof setInterval> | null = null;
  let chain: Promise<void> = Promise.resolve();

  // Serialised so a long digest run never overlaps the next slot's.
  function fire(slot: Slot, late: boolean): Promise<void> {
    chain = chain.then(async () => {
      try {
        await deps.onSlot(slot, late);
      } catch (err) {
        log.error({ err, slot: slot.key }, 'scheduled run failed');
      }
    });
    return chain;
  }

  async function tick(nowMs: number): Promise<void> {
    if (nowMs <= coveredUntil) return chain;
    const slots = schedule.between(coveredUntil, nowMs);
    coveredUntil = nowMs;
    tickedUntil = nowMs;
    for (const slot of slots) void fire(slot, nowMs - slot.at > lateAfterMs);
    return chain;
  }

  async function catchUp(nowMs: number): Promise<void> {
    const lastRun = await deps.lastRun();
    if (lastRun === null) {
      log.info('no previous run recorded, nothing to catch up');
      coveredUntil = Math.max(coveredUntil, nowMs);
      return chain;
    }
    const missed = schedule.previous(nowMs);
    coveredUntil = Math.max(coveredUntil, nowMs);
    if (!missed || missed.at <= Math.max(lastRun, tickedUntil)) return chain;
    const ageMs = nowMs - missed.at;
    if (ageMs > catchUpMs) {
      log.warn({ slot: missed.key, ageMs, catchUpMs }, 'missed slot too old to catch up, skipped');
      return chain;
    }
    const older = schedule.previous(missed.at - 1);
    if (older && older.at > Math.max(lastRun, tickedUntil)) {
      log.warn({ newestSkipped: older.key }, 'older missed slots skipped, only the latest is caught up');
    }
    log.info({ slot: missed.key, ageMs }, 'catching up missed slot');
    return fire(missed, true);
  }

  return {
    start() {
      if (timer) return;
      timer = setInterval(() => void tick(clock.now()), deps.tickIntervalMs ?? 1_000);
    },
    tick,
    catchUp,
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
