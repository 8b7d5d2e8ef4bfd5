import type { SenderClock } from './types.js';

/**
 * Waits that end on the ticks of a grid (every `gridMs` ms since the epoch) share one timer per
 * tick. At 1,000 sends a second each send waited on a timer of its own: one wake-up of the event
 * loop per send, which on a small VM costs more CPU than the send. Ten sends a tick share one.
 */
export interface TickWaits {
  /** Resolves at `tick` (a time in ms, ideally a multiple of the grid); at once when it has passed. */
  until(tick: number): Promise<void>;
  /** Ticks with a timer running (for tests). */
  readonly pending: number;
}

/** The last tick at or before `at`: waking there is at most `gridMs` early. Pure. */
export function tickAtOrBefore(at: number, gridMs: number): number {
  return gridMs > 1 ? Math.floor(at / gridMs) * gridMs : at;
}

/** The first tick at or after `at`: waking there is at most `gridMs` late. Pure. */
export function tickAtOrAfter(at: number, gridMs: number): number {
  return gridMs > 1 ? Math.ceil(at / gridMs) * gridMs : at;
}

/**
 * How early a send may start before the slot the shared budget granted it, as a grid: every start
 * within the budget's windows needs `early + late ≤ slack` (see slotGrid's test against a sliding
 * window). 0 when there is no room (a budget without slack waits for the exact slot). Pure.
 */
export function slotGrid(windowSlackMs: number, lateMs: number, maxGridMs: number): number {
  return Math.max(0, Math.min(maxGridMs, windowSlackMs - lateMs));
}

export function createTickWaits(clock: SenderClock): TickWaits {
  const timers = new Map<number, Promise<void>>();
  return {
    until(tick) {
      const now = clock.now();
      if (tick <= now) return Promise.resolve();
      let timer = timers.get(tick);
      if (timer === undefined) {
        timer = clock.sleep(tick - now).then(() => {
          timers.delete(tick);
        });
        timers.set(tick, timer);
      }
      return timer;
    },
    get pending() {
      return timers.size;
    },
  };
}
