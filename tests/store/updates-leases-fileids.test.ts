import { describe, expect, it } from 'vitest';
import { dialects, openSecondStore, openTestStore, recipients } from './helpers.js';

describe.each(dialects)('%s', (dialect) => {
  describe('handled updates', () => {
    it('claims an update id once, across two processes, and prunes old ids', async () => {
      const { store, clock, location } = await openTestStore(dialect);
      const other = await openSecondStore(location, clock.now);
      expect(await store.updates.claim(7)).toBe(true);
      expect(await other.updates.claim(7)).toBe(false);
      expect(await store.updates.claim(7)).toBe(false);
      clock.advance(60_000);
      expect(await store.updates.claim(8)).toBe(true);
      expect(await store.updates.prune(30_000)).toBe(1);
      expect(await other.updates.claim(7)).toBe(true);
      expect(await other.updates.claim(8)).toBe(false);
    });

    it('claims many ids in one statement: each once, a repeated id by its first place only', async () => {
      const { store, location, clock } = await openTestStore(dialect);
      const other = await openSecondStore(location, clock.now);
      expect(await store.updates.claim(2)).toBe(true);
      expect(await store.updates.claimMany([])).toEqual([]);
      expect(await other.updates.claimMany([1, 2, 3, 1])).toEqual([true, false, true, false]);
      expect(await store.updates.claimMany([3, 4])).toEqual([false, true]);
      expect(await store.updates.claim(4)).toBe(false);
    });
    it('claims a webhook burst larger than one statement: each id once, in the order given', async () => {
      const { store } = await openTestStore(dialect);
      expect(await store.updates.claimMany([5, 70, 149])).toEqual([true, true, true]);
      const ids = Array.from({ length: 150 }, (_, i) => 149 - i);
      expect(await store.updates.claimMany(ids)).toEqual(ids.map((id) => ![5, 70, 149].includes(id)));
      expect(await store.updates.claimMany([0, 150])).toEqual([false, true]);
    });
  });

  describe('named leases', () => {
    it('is held by one owner until it expires or is released; the holder renews it', async () => {
      const { store, clock } = await openTestStore(dialect);
      expect(await store.leases.acquire('polling', 'a', 10_000)).toBe(true);
      expect(await store.leases.acquire('polling', 'b', 10_000)).toBe(false);
      clock.advance(5_000);
      expect(await store.leases.acquire('polling', 'a', 10_000)).toBe(true);
      clock.advance(9_000);
      expect(await store.leases.acquire('polling', 'b', 10_000)).toBe(false);
      expect(await store.leases.holder('polling')).toEqual({ owner: 'a', until: clock.now() + 1_000 });
      clock.advance(1_000);
      expect(await store.leases.acquire('polling', 'b', 10_000)).toBe(true);
      expect(await store.leases.release('polling', 'a')).toBe(false);
      expect(await store.leases.release('polling', 'b')).toBe(true);
      expect(await store.leases.holder('polling')).toBeNull();
    });

    it('lists owners of named and job leases, and releases all of one owner', async () => {
      const { store } = await openTestStore(dialect);
      await store.jobs.create({ kind: 'broadcast', key: 'broadcast:1', payload: {} }, recipients([1, 2]));
      const job = await store.jobs.acquire('dead:1', 60_000);
      expect(job).not.toBeNull();
      await store.leases.acquire('polling', 'dead:1', 60_000);
      await store.leases.acquire('other', 'alive:2', 60_000);
      expect((await store.leases.owners()).sort()).toEqual(['alive:2', 'dead:1']);
      expect(await store.leases.releaseAll('dead:1')).toBe(2);
      expect(await store.leases.owners()).toEqual(['alive:2']);
      // The job is free at once, not after its lease runs out.
      expect((await store.jobs.acquire('alive:2', 60_000))?.id).toBe(job!.id);
    });
  });

  describe('file ids', () => {
    it('stores, replaces and forgets by prefix, literally', async () => {
      const { store } = await openTestStore(dialect);
      expect(await store.fileIds.get('map:a%:v1:ar')).toBeNull();
      await store.fileIds.put('map:a%:v1:ar', 'F1');
      await store.fileIds.put('map:a%:v1:ar', 'F2');
      await store.fileIds.put('map:ab:v1:ar', 'F3');
      expect(await store.fileIds.get('map:a%:v1:ar')).toBe('F2');
      expect(await store.fileIds.forget('map:a%')).toBe(1);
      expect(await store.fileIds.get('map:a%:v1:ar')).toBeNull();
      expect(await store.fileIds.get('map:ab:v1:ar')).toBe('F3');
    });
  });

  describe('live deliveries and ping', () => {
    it('counts the deliveries of running jobs by state, and answers a ping', async () => {
      const { store } = await openTestStore(dialect);
      const running = await store.jobs.create(
        { kind: 'broadcast', key: 'broadcast:1', payload: {} },
        recipients([1, 2, 3]),
      );
      const done = await store.jobs.create(
        { kind: 'broadcast', key: 'broadcast:2', payload: {} },
        recipients([4]),
      );
      await store.deliveries.markSent(running!.id, 1, [10]);
      await store.jobs.finish(done!.id);
      const live = await store.stats.liveDeliveries();
      expect(live).toMatchObject({ pending: 2, sent: 1, sending: 0 });
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
});
