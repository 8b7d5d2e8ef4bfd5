import { describe, expect, it } from 'vitest';
import { createSlotLease, leaseChunk } from '../../src/delivery/slot-lease.js';

describe('slot lease', () => {
  it('hands out each reserved slot once, earliest first', () => {
    const lease = createSlotLease(10);
    lease.add([100, 101, 102]);
    expect([lease.take(0, 90), lease.take(0, 90), lease.take(0, 90), lease.take(0, 90)]).toEqual([
      100,
      101,
      102,
      undefined,
    ]);
    expect(lease.size).toBe(0);
  });

  it('gives up slots that passed unused, and tolerates one up to lateMs late', () => {
    const lease = createSlotLease(10);
    lease.add([100, 200, 300]);
    // At 115 the slot at 100 is 15 ms late: dropped. 200 is the next.
    expect(lease.take(0, 115)).toBe(200);
    // At 305, 300 is 5 ms late: still usable.
    expect(lease.take(0, 305)).toBe(300);
  });

  it('skips slots before what a send may use, keeping them for others', () => {
    const lease = createSlotLease(10);
    lease.add([100, 150, 200]);
    expect(lease.take(180, 90)).toBe(200);
    // 195 is within lateMs of 200, but 200 is gone; 150 is too early for 195.
    expect(lease.take(195, 90)).toBeUndefined();
    expect(lease.take(0, 90)).toBe(100);
    expect(lease.size).toBe(1);
  });

  it('keeps slots in order when more are added, and voids those before a pause', () => {
    const lease = createSlotLease(0);
    lease.add([300, 400]);
    lease.add([100, 200]);
    lease.dropBefore(250);
    expect([lease.take(0, 0), lease.take(0, 0), lease.take(0, 0)]).toEqual([300, 400, undefined]);
  });
});

describe('leaseChunk', () => {
  it('reserves about a window of slots, at least one, at most the cap', () => {
    expect(leaseChunk(1.03, 25, 64)).toBe(24);
    expect(leaseChunk(1000 / 30, 25, 64)).toBe(1);
    expect(leaseChunk(0.01, 25, 64)).toBe(64);
  });
});
