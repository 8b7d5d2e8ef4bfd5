import { setTimeout as sleep } from 'node:timers/promises';
import type { AppDeps } from '../../src/app.js';

/**
 * A clock running `speed` times faster than the wall clock, for the app and the fake Bot API to
 * share: Telegram's seconds and minutes (pacing, rate limits, flood windows) pass in a fraction of
 * the time, and every wait still ends on the event it waits for.
 */
export function fastClock(speed: number): Omit<AppDeps, 'log'> {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * speed,
    sleep: (ms) => sleep(ms / speed),
  };
}
