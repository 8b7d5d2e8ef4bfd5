import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_USAGE, parseBackupArgs } from '../../src/process/backup.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('parseBackupArgs', () => {
  const env = { DATABASE_PATH: 'data/mawjaz.db' };
  it('takes one output file', () => {
    expect(parseBackupArgs(['/backups/mawjaz.db'], env)).toEqual({
      ok: true,
      source: 'data/mawjaz.db',
      out: '/backups/mawjaz.db',
    });
  });
  it('explains its use otherwise', () => {
    expect(parseBackupArgs([], env)).toEqual({ ok: false, error: BACKUP_USAGE });
    expect(parseBackupArgs(['--help'], env)).toEqual({ ok: false, error: BACKUP_USAGE });
    expect(parseBackupArgs(['a', 'b'], env)).toEqual({ ok: false, error: BACKUP_USAGE });
  });
  it('sends PostgreSQL to pg_dump', () => {
    const result = parseBackupArgs(['out.db'], { ...env, DATABASE_URL: 'postgres://db/mawjaz' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^DATABASE_URL is set: back up PostgreSQL with pg_dump/);
  });
});

/** A digest-like job with `n` deliveries: the job row and its deliveries are one transaction. */
async function addJob(store: Store, key: string, n: number): Promise<void> {
  const recipients = Array.from({ length: n }, (_, i) => ({
    chatId: i + 1,
    threadId: null,
    payload: { text: `briefing ${key} for chat ${i + 1}` },
  }));
  await store.jobs.create({ kind: 'broadcast', key, payload: { html: key } }, recipients);
}

function npmRunBackup(env: Record<string, string>, out: string) {
  const child = spawn('npm', ['run', '--silent', 'backup', '--', out], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, output })),
  );
}

describe('npm run backup', () => {
  it('copies a live SQLite database consistently while it is written to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-backup-'));
    dirs.push(dir);
    const databasePath = join(dir, 'mawjaz.db');
    const out = join(dir, 'copy.db');
    const store = await openStore({ databasePath: databasePath });
    await store.chats.seen({ id: 42, type: 'private', title: null });
    for (let i = 0; i < 20; i++) await addJob(store, `before-${i}`, 200);

    // Another process writes all along the copy, as the bot does.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await addJob(store, `during-${written++}`, 200);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const result = await npmRunBackup({ DATABASE_PATH: databasePath }, out);
    writing = false;
    await writer;
    await store.close();

    expect(result).toEqual({ code: 0, output: expect.stringMatching(/copied to .*copy\.db \(\d+ pages\)/) });
    expect(written).toBeGreaterThan(0);
    expect(existsSync(`${out}.partial`)).toBe(false);
    const copy = new Database(out, { readonly: true, fileMustExist: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const jobs = copy
      .prepare(
        'SELECT key, total, (SELECT count(*) FROM deliveries d WHERE d.job_id = jobs.id) AS n FROM jobs',
      )
      .all() as Array<{
      key: string;
      total: number;
      n: number;
    }>;
    copy.close();
    // Everything written before the copy, and each job whole: never a job without all its deliveries.
    expect(jobs.filter((j) => j.key.startsWith('before-'))).toHaveLength(20);
    expect(jobs.every((j) => j.total === 200 && j.n === 200)).toBe(true);
    // The copy opens as a store, at the current schema.
    const restored = await openStore({ databasePath: out });
    expect((await restored.chats.get(42))?.id).toBe(42);
    await restored.close();
  }, 60_000);

  it('fails with one line when the database does not exist, and leaves no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-backup-'));
    dirs.push(dir);
    const out = join(dir, 'copy.db');
    const result = await npmRunBackup({ DATABASE_PATH: join(dir, 'missing.db') }, out);
    expect(result.code).toBe(1);
    expect(result.output.trim().split('\n')).toHaveLength(1);
    expect(result.output).toMatch(/^backup failed: /);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
