import { inject, describe, expect, it, onTestFinished } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { databaseSecrets, describeDatabaseUrl, isPostgresUrl } from '../../src/store/database-url.js';
import { openStore } from '../../src/store/open.js';
import { tempDatabase, tempDir } from './helpers.js';

describe('database URLs', () => {
  it('selects PostgreSQL by scheme and describes a URL without its credentials', () => {
    expect(isPostgresUrl('postgres://db/m')).toBe(true);
    expect(isPostgresUrl('postgresql://u:p@db:5433/m')).toBe(true);
    expect(isPostgresUrl('mysql://db/m')).toBe(false);
    expect(isPostgresUrl('data/mawjaz.db')).toBe(false);
    expect(describeDatabaseUrl('postgresql://bot:s3cret@db.example.org:5433/mawjaz')).toEqual({
      host: 'db.example.org',
      port: 5433,
      database: 'mawjaz',
    });
    expect(describeDatabaseUrl('postgres://db/m')).toEqual({ host: 'db', port: 5432, database: 'm' });
    expect(databaseSecrets('postgres://bot:p%40ss@db/m')).toEqual(['p%40ss', 'p@ss']);
    expect(databaseSecrets('postgres://db/m')).toEqual([]);
    expect(databaseSecrets(undefined)).toEqual([]);
  });
});

describe('openStore', () => {
  function capture() {
    const lines: string[] = [];
    return { lines, log: createLogger({ level: 'info', secrets: [], write: (line) => lines.push(line) }) };
  }

  it('opens PostgreSQL for a postgres:// URL and logs its host and database, never the password', async () => {
    const db = await tempDatabase('postgres');
    onTestFinished(db.cleanup);
    const { host, port } = inject('postgres');
    const name = new URL(db.location).pathname.slice(1);
    // The test server trusts every connection, so any password is accepted (and must not be logged).
    const url = `postgresql://postgres:pa55-word@${host}:${port}/${name}`;
    const { lines, log } = capture();
    const store = await openStore({ databaseUrl: url, log });
    await store.ping();
    await store.close();
    expect(lines.map((l) => JSON.parse(l))).toContainEqual(
      expect.objectContaining({ msg: 'database opened', kind: 'postgres', host, port, database: name }),
    );
    expect(lines.join('')).not.toContain('pa55-word');
  });

  it('opens SQLite at the path otherwise, and refuses a URL of another scheme', async () => {
    const tmp = tempDir();
    onTestFinished(tmp.cleanup);
    const { lines, log } = capture();
    const store = await openStore({ databaseUrl: '', databasePath: tmp.dbPath, log });
    await store.close();
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: 'database opened', kind: 'sqlite', path: tmp.dbPath });
    await expect(openStore({ databaseUrl: 'mysql://db/m', databasePath: tmp.dbPath })).rejects.toThrow(
      /DATABASE_URL/,
    );
  });
});
