import { describe, expect, it } from 'vitest';
import { FRESH_RATE, lockOrder, reserveRate, reserveRates, type RateState } from '../../src/store/gcra.js';
import type { RateKey } from '../../src/store/store.js';

/** Reserves `n` sends in a row, all asked for at `notBefore`, threading the state through. */
function reserveMany(
  keys: RateKey[],
  n: number,
  notBefore = 0,
  start = new Map<string, RateState>(),
): number[] {
  let states = start;
  const slots: number[] = [];
  for (let i = 0; i < n; i++) {
    const { at, next } = reserveRate(keys, states, notBefore);
    slots.push(at);
    states = new Map([...states, ...next]);
  }
  return slots;
}

describe('GCRA over several keys', () => {
  it('spaces sends on one key by its interval', () => {
    expect(reserveMany([{ key: 'chat:1', intervalMs: 1000, burst: 1 }], 4, 5_000)).toEqual([
      5_000, 6_000, 7_000, 8_000,
    ]);
  });

  it('lets a burst through at once, then spaces the rest', () => {
    expect(reserveMany([{ key: 'g', intervalMs: 100, burst: 3 }], 6)).toEqual([0, 0, 0, 100, 200, 300]);
  });

  it('a key idle for long enough has its whole burst again, never more', () => {
    const key = { key: 'g', intervalMs: 100, burst: 2 };
    const { next } = reserveRate([key], new Map(), 0);
    expect(reserveMany([key], 3, 10_000, next)).toEqual([10_000, 10_000, 10_100]);
  });

  it('waits for the slowest of several keys and charges every one of them', () => {
    const global = { key: 'global', intervalMs: 100, burst: 1 };
    const group = { key: 'group:-5', intervalMs: 3000, burst: 1 };
    const first = reserveRate([global, group], new Map(), 0);
    expect(first.at).toBe(0);
    const second = reserveRate([global, group], first.next, 0);
    expect(second.at).toBe(3000);
    expect(second.next.get('global')).toEqual({ tat: 3100, pausedUntil: 0 });
    // Another chat only needs the global key: it goes in right after the first send.
    expect(reserveRate([global], first.next, 0).at).toBe(100);
  });

  it('holds every send until a pause ends', () => {
    const states = new Map([['global', { ...FRESH_RATE, pausedUntil: 7_000 }]]);
    expect(reserveMany([{ key: 'global', intervalMs: 100, burst: 5 }], 2, 1_000, states)).toEqual([
      7_000, 7_000,
    ]);
  });

  it('locks keys once each, in one order whatever order they are named in', () => {
    const a = { key: 'a', intervalMs: 1, burst: 1 };
    const b = { key: 'b', intervalMs: 2, burst: 1 };
    expect(lockOrder([b, a, { ...b, intervalMs: 9 }]).map((k) => [k.key, k.intervalMs])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('a batch grants exactly what the same reserves one after the other would', () => {
    const global = { key: 'send', intervalMs: 10, burst: 1 };
    const chat = (id: number) => ({ key: `chat:${id}`, intervalMs: 1000, burst: 1 });
    const requests = [
      { keys: [global, chat(1)], notBefore: 0 },
      { keys: [global, chat(2)], notBefore: 0 },
      { keys: [chat(1), global], notBefore: 5 },
      { keys: [global], notBefore: 500 },
    ];
    const { times, next } = reserveRates(requests, new Map());
    let states = new Map<string, RateState>();
    const oneByOne = requests.map((r) => {
      const reserved = reserveRate(lockOrder(r.keys), states, r.notBefore);
      states = new Map([...states, ...reserved.next]);
      return reserved.at;
    });
    expect(times).toEqual(oneByOne);
    expect(times).toEqual([0, 10, 1000, 1010]);
    expect(next).toEqual(states);
  });

  it('a key named twice in one request is charged once', () => {
    const global = { key: 'send', intervalMs: 10, burst: 1 };
    const { next } = reserveRates([{ keys: [global, global], notBefore: 0 }], new Map());
    expect(next.get('send')).toEqual({ tat: 10, pausedUntil: 0 });
  });
});
