import type { RateKey, RateRequest } from './store.js';

/**
 * The generic cell rate algorithm over several keys at once, pure. Each key keeps a theoretical
 * arrival time (TAT): the moment it would be free again if no burst were borrowed. A send at `t`
 * is allowed on a key when `t ≥ tat − (burst − 1) · interval` and `t ≥ pausedUntil`; it then
 * pushes the key's TAT to `max(tat, t) + interval`.
 */

export interface RateState {
  tat: number;
  pausedUntil: number;
}

/** A key that was never used: free since the epoch (what a new row in the database holds). */
export const FRESH_RATE: RateState = { tat: 0, pausedUntil: 0 };

/** The earliest time ≥ notBefore that every key allows, and each key's state after one send then. */
export function reserveRate(
  keys: readonly RateKey[],
  states: ReadonlyMap<string, RateState>,
  notBefore: number,
): { at: number; next: Map<string, RateState> } {
  let at = notBefore;
  for (const k of keys) {
    const s = states.get(k.key) ?? FRESH_RATE;
    at = Math.max(at, s.tat - (Math.max(1, k.burst) - 1) * k.intervalMs, s.pausedUntil);
  }
  const next = new Map<string, RateState>();
  for (const k of keys) {
    const s = states.get(k.key) ?? FRESH_RATE;
    next.set(k.key, { tat: Math.max(s.tat, at) + k.intervalMs, pausedUntil: s.pausedUntil });
  }
  return { at, next };
}

/**
 * Several sends reserved one after the other, each on its own keys (named once each) and seeing
 * the states the ones before it left: a batch grants exactly what the same reserves in a row would.
 * Returns each send's time and the final state of every key touched.
 */
export function reserveRates(
  requests: readonly RateRequest[],
  states: ReadonlyMap<string, RateState>,
): { times: number[]; next: Map<string, RateState> } {
  const current = new Map(states);
  const next = new Map<string, RateState>();
  const times = requests.map(({ keys, notBefore }) => {
    const reserved = reserveRate(lockOrder(keys), current, notBefore);
    for (const [key, state] of reserved.next) {
      current.set(key, state);
      next.set(key, state);
    }
    return reserved.at;
  });
  return { times, next };
}

/** The keys in lock order, each once (the first interval and burst named win). */
export function lockOrder(keys: readonly RateKey[]): RateKey[] {
  const byKey = new Map<string, RateKey>();
  for (const k of keys) if (!byKey.has(k.key)) byKey.set(k.key, k);
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
