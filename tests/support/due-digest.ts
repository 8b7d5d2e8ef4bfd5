import type { Store } from '../../src/store/store.js';

/**
 * Subscribes the chats and records that the last digest ran an hour ago: with `justFallenSlot` as
 * the schedule, the first process to start catches up the slot that fell just now, however long it
 * takes to start, and the slot's key makes it one job for every process.
 */
export async function seedDueDigest(store: Store, chatIds: readonly number[]): Promise<void> {
  for (const id of chatIds) {
    await store.chats.seen({ id, type: 'private', title: null });
    await store.chats.subscribe(id, null);
  }
  await store.jobs.create(
    {
      kind: 'digest',
      key: 'digest:earlier',
      payload: { slot: 'earlier', at: Date.now() - 3_600_000, scheduled: true },
    },
    [],
  );
}

/** A daily schedule (UTC) whose slot fell two seconds ago. */
export function justFallenSlot(): { DIGEST_SCHEDULE: string; DIGEST_TIMEZONE: string } {
  const at = new Date(Date.now() - 2000);
  return {
    DIGEST_SCHEDULE: `${at.getUTCSeconds()} ${at.getUTCMinutes()} ${at.getUTCHours()} * * *`,
    DIGEST_TIMEZONE: 'UTC',
  };
}
