import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject, onTestFinished } from 'vitest';
import { openStore, type StoreOptions } from '../../src/store/open.js';
import type { NewDelivery, Store } from '../../src/store/store.js';
import { createDatabase } from '../support/postgres.js';

/** The store suite runs once per database; PostgreSQL is the server of tests/support/postgres-global-setup.ts. */
export const dialects = ['sqlite', 'postgres'] as const;
export type DialectName = (typeof dialects)[number];

/** A fresh temp folder per test; `cleanup` removes it. The db lives in a subfolder the store must create. */
export function tempDir(): { dir: string; dbPath: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-store-'));
  return {
    dir,
    dbPath: join(dir, 'nested', 'mawjaz.db'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A fresh empty database: a SQLite file in a temp folder, or a new PostgreSQL database. Its
 * `location` (the file's path or the database's URL) is what another store or process opens.
 */
export async function tempDatabase(
  dialect: DialectName,
): Promise<{ location: string; cleanup: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const tmp = tempDir();
    return { location: tmp.dbPath, cleanup: async () => tmp.cleanup() };
  }
  const db = await createDatabase(inject('postgres'));
  return { location: db.url, cleanup: db.drop };
}

/** openStore's options for a location of tempDatabase. */
export function storeOptions(location: string, now?: () => number): StoreOptions {
  return {
    ...(location.startsWith('postgres') ? { databaseUrl: location } : { databasePath: location }),
    ...(now ? { now } : {}),
  };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2026, 10, 24, 8, 0)): {
  now: () => number;
  advance: (ms: number) => void;
} {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

export async function openTemp(
  dialect: DialectName,
  now?: () => number,
): Promise<{ store: Store; location: string; cleanup: () => Promise<void> }> {
  const db = await tempDatabase(dialect);
  const store = await openStore(storeOptions(db.location, now));
  return {
    store,
    location: db.location,
    cleanup: async () => {
      await store.close();
      await db.cleanup();
    },
  };
}

export function recipients(chatIds: readonly number[], briefingIds?: readonly string[]): NewDelivery[] {
  return chatIds.map((chatId) => ({
    chatId,
    threadId: null,
    payload: { chatId },
    ...(briefingIds ? { briefingIds } : {}),
  }));
}

export function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/** A store on a fresh database with a hand-moved clock, closed and removed when the test ends. */
export async function openTestStore(
  dialect: DialectName,
): Promise<{ store: Store; clock: ReturnType<typeof manualClock>; location: string }> {
  const clock = manualClock();
  const t = await openTemp(dialect, clock.now);
  onTestFinished(t.cleanup);
  return { store: t.store, clock, location: t.location };
}

/** A second Store on the same database: stands in for another process. Closed when the test ends. */
export async function openSecondStore(location: string, now?: () => number): Promise<Store> {
  const store = await openStore(storeOptions(location, now));
  onTestFinished(() => store.close());
  return store;
}
