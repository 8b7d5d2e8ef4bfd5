import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openSqlite } from '../../src/store/sql/sqlite.js';
import { switchToWal } from '../../src/store/sql/sqlite-wal.js';
import { tempDir } from './helpers.js';
import { spawnFixture } from './spawn-fixture.js';

const HOLD_FIXTURE = 'tests/store/fixtures/hold-write-lock.ts';

function busyError(): Error {
  return Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
}

describe('switchToWal', () => {
  it('retries while the database is busy, then succeeds', () => {
    let failures = 2;
    const waits: number[] = [];
    const db = {
      pragma: () => {
        if (failures-- > 0) throw busyError();
        return 'wal';
      },
    };
    switchToWal(db, 1000, (ms) => waits.push(ms));
    expect(waits).toEqual([1, 2]);
  });

  it('gives up with the SQLite error once the timeout has passed', () => {
    let clock = 0;
    const db = {
      pragma: () => {
        throw busyError();
      },
    };
    expect(() =>
      switchToWal(
        db,
        100,
        (ms) => (clock += ms),
        () => clock,
      ),
    ).toThrow('database is locked');
    expect(clock).toBeGreaterThanOrEqual(100);
  });

  it('rethrows any other error at once', () => {
    const db = {
      pragma: () => {
        throw new Error('disk I/O error');
      },
    };
    expect(() => switchToWal(db, 1000, () => expect.unreachable())).toThrow('disk I/O error');
  });
});

describe('openSqlite while another process writes', () => {
  it('waits for the write lock instead of failing at the switch to WAL', async () => {
    const tmp = tempDir();
    onTestFinished(tmp.cleanup);
    const path = join(tmp.dir, 'busy.db');
    const setup = new BetterSqlite3(path);
    setup.exec('create table held (note text)');
    setup.close();

    const holder = spawnFixture(HOLD_FIXTURE, [path, '3000']);
    await holder.ready;
    // Control: the bare pragma fails at once here, even with a busy timeout, so the retry matters.
    const bare = new BetterSqlite3(path);
    bare.pragma('busy_timeout = 5000');
    expect(() => bare.pragma('journal_mode = WAL')).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    bare.close();

    const { db } = openSqlite(path, 60_000);
    await holder.done;
    const raw = new BetterSqlite3(path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('select note from held').pluck().all()).toEqual(['written under the lock']);
    raw.close();
    await db.destroy();
  }, 60_000);
});
