import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { openStore } from '../../src/store/open.js';
import type { NewDelivery, Store } from '../../src/store/store.js';

/** A fresh temp folder per test; `cleanup` removes it. The db lives in a subfolder the store must create. */
export function tempDir(): { dir: string; dbPath: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-store-'));
  return { dir, dbPath: join(dir, 'nested', 'mawjaz.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2026, 10, 24, 8, 0)): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

export async function openTemp(now?: () => number): Promise<{ store: Store; dbPath: string; cleanup: () => Promise<void> }> {
  const tmp = tempDir();
  const store = await openStore({ databasePath: tmp.dbPath, ...(now ? { now } : {}) });
  return {
    store,
    dbPath: tmp.dbPath,
    cleanup: async () => {
      await store.close();
      tmp.cleanup();
    },
  };
}

export function recipients(chatIds: readonly number[], briefingIds?: readonly string[]): NewDelivery[] {
  return chatIds.map((chatId) => ({ chatId, threadId: null, payload: { chatId }, ...(briefingIds ? { briefingIds } : {}) }));
}

export function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/** A store on a fresh temp file with a hand-moved clock, closed and removed when the test ends. */
export async function openTestStore(): Promise<{ store: Store; clock: ReturnType<typeof manualClock>; dbPath: string }> {
  const clock = manualClock();
  const t = await openTemp(clock.now);
  onTestFinished(t.cleanup);
  return { store: t.store, clock, dbPath: t.dbPath };
}

/** A second Store on the same file: stands in for another process. Closed when the test ends. */
export async function openSecondStore(dbPath: string, now?: () => number): Promise<Store> {
  const store = await openStore({ databasePath: dbPath, ...(now ? { now } : {}) });
  onTestFinished(() => store.close());
  return store;
}
