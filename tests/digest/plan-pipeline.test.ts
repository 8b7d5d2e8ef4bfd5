import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePipelined } from '../../src/digest/plan-pipeline.js';

/** A promise settled by hand, so the test decides what finishes in which order. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every pending continuation run. */
const drain = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A source of `count` items whose reads record themselves and can be made to fail. */
function source(count: number, log: string[], failAt?: number) {
  let next = 0;
  let returned = false;
  const iterator: AsyncIterator<number> = {
    async next() {
      const item = ++next;
      log.push(`read ${item}`);
      if (item === failAt) throw new Error(`read ${item} failed`);
      return item > count ? { done: true, value: undefined } : { done: false, value: item };
    },
    async return() {
      returned = true;
      return { done: true, value: undefined };
    },
  };
  return { iterator, returned: () => returned };
}

describe('writePipelined', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  it('writes every item in order, one write at a time, the next prepared while the one before is written', async () => {
    const log: string[] = [];
    const writes = new Map<number, ReturnType<typeof deferred<void>>>();
    let inFlight = 0;
    let mostInFlight = 0;
    const { iterator, returned } = source(3, log);
    const done = writePipelined(
      iterator,
      async (item) => {
        log.push(`prepare ${item}`);
        return item * 10;
      },
      async (prepared) => {
        log.push(`write ${prepared}`);
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        const d = deferred<void>();
        writes.set(prepared, d);
        await d.promise;
        inFlight--;
        log.push(`written ${prepared}`);
      },
    );
    await drain();
    // Item 2 is prepared (and item 3 read) while item 1's write has not finished.
    expect(log).toEqual(['read 1', 'read 2', 'prepare 1', 'write 10', 'read 3', 'prepare 2']);
    writes.get(10)!.resolve();
    await drain();
    writes.get(20)!.resolve();
    await drain();
    writes.get(30)!.resolve();
    await done;
    expect(log.filter((line) => line.startsWith('write'))).toEqual(['write 10', 'write 20', 'write 30']);
    // A write starts only after the one before has finished.
    expect(log.indexOf('write 20')).toBeGreaterThan(log.indexOf('written 10'));
    expect(log.indexOf('write 30')).toBeGreaterThan(log.indexOf('written 20'));
    expect(mostInFlight).toBe(1);
    expect(returned()).toBe(true);
  });

  it('a read failing while a write is in flight: the write finishes, nothing more is written, the failure is thrown and nothing goes unhandled', async () => {
    const log: string[] = [];
    const write1 = deferred();
    const { iterator, returned } = source(5, log, 3);
    const done = writePipelined(
      iterator,
      async (item) => item,
      async (item) => {
        log.push(`write ${item}`);
        if (item === 1) await write1.promise;
        log.push(`written ${item}`);
      },
    );
    const outcome = done.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await drain();
    // Read 3 has failed while write 1 is still in flight.
    expect(log).toContain('read 3');
    expect(log).not.toContain('written 1');
    write1.resolve();
    expect(await outcome).toBe('read 3 failed');
    expect(log).toEqual(['read 1', 'read 2', 'write 1', 'read 3', 'written 1', 'write 2', 'written 2']);
    expect(returned()).toBe(true);
    await drain();
    expect(unhandled).toEqual([]);
  });

  it('a failed write stops it: the item prepared meanwhile is not written, the read ahead is settled, the failure thrown', async () => {
    const log: string[] = [];
    const { iterator, returned } = source(5, log);
    await expect(
      writePipelined(
        iterator,
        async (item) => {
          log.push(`prepare ${item}`);
          return item;
        },
        async (item) => {
          log.push(`write ${item}`);
          if (item === 2) throw new Error('write 2 failed');
        },
      ),
    ).rejects.toThrow('write 2 failed');
    expect(log.filter((line) => line.startsWith('write'))).toEqual(['write 1', 'write 2']);
    expect(log).toContain('prepare 3');
    expect(returned()).toBe(true);
    await drain();
    expect(unhandled).toEqual([]);
  });

  it('a failed preparation waits for the write in flight, then is thrown', async () => {
    const log: string[] = [];
    const { iterator } = source(5, log);
    await expect(
      writePipelined(
        iterator,
        async (item) => {
          if (item === 2) throw new Error('prepare 2 failed');
          return item;
        },
        async (item) => {
          await drain();
          log.push(`written ${item}`);
        },
      ),
    ).rejects.toThrow('prepare 2 failed');
    expect(log).toContain('written 1');
    expect(log.filter((line) => line.startsWith('written'))).toEqual(['written 1']);
  });
});
