import { openStore } from '../../src/store/open.js';
import type { DeliveryState, Job, JobKind } from '../../src/store/store.js';

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
