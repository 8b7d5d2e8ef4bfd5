import { setTimeout as delay } from 'node:timers/promises';
import type { SenderClock } from './types.js';

/** The wall clock, for production and benchmarks; tests pass a virtual one. */
export function createSystemClock(): SenderClock {
  return {
    now: () => Date.now(),
    sleep: (ms) => delay(ms).then(() => undefined),
  };
}
