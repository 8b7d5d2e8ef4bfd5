import { renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';

export type BackupArgs = { ok: true; source: string; out: string } | { ok: false; error: string };

export const BACKUP_USAGE =
  'usage: npm run backup -- OUT_FILE   (copies the SQLite database at DATABASE_PATH)';

/** Pure: what to copy where, from the command line's arguments and the environment. */
export function parseBackupArgs(
  args: readonly string[],
  env: { DATABASE_PATH: string; DATABASE_URL?: string | undefined },
): BackupArgs {
  if (env.DATABASE_URL !== undefined && env.DATABASE_URL !== '') {
    return {
      ok: false,
      error: 'DATABASE_URL is set: back up PostgreSQL with pg_dump (see README, "Running in production")',
    };
  }
  const [out, ...rest] = args;
  if (out === undefined || out === '' || out.startsWith('-') || rest.length > 0)
    return { ok: false, error: BACKUP_USAGE };
  return { ok: true, source: env.DATABASE_PATH, out };
}

/**
 * A consistent copy of a live SQLite database through SQLite's online backup API: the bot keeps
 * writing meanwhile. The copy is
 * written beside `out` and renamed into place only once it checks out, so `out` is never half a
 * database. Returns the copy's size in pages.
 */
export async function backupSqlite(source: string, out: string): Promise<number> {
  const partial = `${out}.partial`;
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // After the first step, copy everything left in one step: in WAL mode it reads one snapshot and
    // blocks no writer, whereas small steps restart after every write and may never finish.
    const { totalPages } = await db.backup(partial, {
      progress: ({ remainingPages }) => Math.max(remainingPages, 100),
    });
    const copy = new Database(partial, { fileMustExist: true });
    try {
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its check: ${String(check)}`);
    } finally {
      copy.close();
    }
    renameSync(partial, out);
    return totalPages;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
}
