import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { formatOwner } from '../../src/process/owner.js';
import { pidAlive, releaseDeadPredecessors } from '../../src/process/predecessors.js';
import { openStore } from '../../src/store/open.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('pidAlive', () => {
  it('knows this process, and not one that has ended', () => {
    expect(pidAlive(process.pid)).toBe(true);
    expect(pidAlive(spawnSync('true').pid!)).toBe(false);
  });
});

describe('releaseDeadPredecessors', () => {
  it('frees the job and named leases of a dead process on this host, and only those', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-predecessors-'));
    dirs.push(dir);
    const store = await openStore({ databasePath: join(dir, 'db.sqlite') });
    const self = { host: 'web-1', pid: process.pid, nonce: 'self0001' };
    const dead = formatOwner({ host: 'web-1', pid: spawnSync('true').pid!, nonce: 'dead0001' });
    const elsewhere = formatOwner({ host: 'web-2', pid: 12, nonce: 'away0001' });
    await store.jobs.create({ kind: 'broadcast', key: 'b1', payload: {} }, [
      { chatId: 1, threadId: null, payload: {} },
    ]);
    await store.jobs.create({ kind: 'broadcast', key: 'b2', payload: {} }, [
      { chatId: 1, threadId: null, payload: {} },
    ]);
    expect(await store.jobs.acquire(dead, 60_000)).not.toBeNull();
    expect(await store.jobs.acquire(elsewhere, 60_000)).not.toBeNull();
    expect(await store.leases.acquire('polling', dead, 60_000)).toBe(true);
    const logs: string[] = [];

    const released = await releaseDeadPredecessors({
      leases: store.leases,
      self,
      pidAlive,
      log: createLogger({ level: 'info', secrets: [], write: (line) => logs.push(line) }),
    });

    expect(released).toEqual([dead]);
    expect(await store.leases.owners()).toEqual([elsewhere]);
    // The dead one's job is free for this instance at once.
    expect((await store.jobs.acquire(formatOwner(self), 60_000))?.key).toBe('b1');
    expect(logs.map((line) => JSON.parse(line) as { msg: string; owner: string; released: number })).toEqual([
      expect.objectContaining({ msg: 'released the leases of a dead predecessor', owner: dead, released: 2 }),
    ]);
    await store.close();
  });
});
