import { openStore } from '../../src/store/open.js';
import type { DeliveryState, Job, JobKind, JobState } from '../../src/store/store.js';
import { eventually } from './run-main.js';

/** The newest job of `kind` and each chat's delivery state in it, read from a SQLite file another process writes. */
export async function jobState(
  databasePath: string,
  kind: JobKind,
  chatIds: readonly number[] = [],
): Promise<{ job: Job | null; deliveries: Map<number, DeliveryState> }> {
  const store = await openStore({ databasePath });
  try {
    const job = await store.jobs.latest(kind);
    const deliveries = new Map<number, DeliveryState>();
    if (job !== null) {
      for (const chatId of chatIds) {
        const delivery = await store.deliveries.get(job.id, chatId);
        if (delivery !== null) deliveries.set(chatId, delivery.state);
      }
    }
    return { job, deliveries };
  } finally {
    await store.close();
  }
}

/** The chats whose delivery is in `state`. */
export function inState(deliveries: Map<number, DeliveryState>, state: DeliveryState): number[] {
  return [...deliveries].filter(([, s]) => s === state).map(([chatId]) => chatId);
}

/**
 * Waits until the newest job of `kind` is in `state`, polling through one connection: opening the
 * store for each poll checks its migrations in an IMMEDIATE transaction, taking SQLite's write
 * lock from the bot under test twenty times a second.
 */
export async function untilJobState(databasePath: string, kind: JobKind, state: JobState): Promise<void> {
  const store = await openStore({ databasePath });
  try {
    await eventually(async () => (await store.jobs.latest(kind))?.state === state);
  } finally {
    await store.close();
  }
}
