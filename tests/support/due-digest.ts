import type { FakeBotApi } from '../../src/fake-telegram/server.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import type { processTestKit } from './run-main.js';

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

/**
 * A fake Bot API enforcing 60/s (what the bots are told to send), a SQLite database whose chats are
 * due a digest now, and the environment of `node dist/main.js` on them (`env` added last). The
 * digests are text only: each process would otherwise spend a second or more loading the
 * rasteriser and drawing the map before its first send (tests/pictures covers digests with maps).
 */
export async function dueDigestSetup(
  kit: ReturnType<typeof processTestKit>,
  chatIds: readonly number[],
  env: Record<string, string> = {},
) {
  const setup = await kit.botSetup(
    { ...justFallenSlot(), SEND_PER_SECOND: '60', DIGEST_PICTURES: 'false', ...env },
    { limits: { perSecond: 60, perChatPerSecond: 1, perGroupPerMinute: 20, jitterMs: 100 } },
  );
  const store = await openStore({ databasePath: setup.databasePath });
  await seedDueDigest(store, chatIds);
  await store.close();
  return setup;
}

/** Messages each chat received from the bot, in the order of `chatIds`. */
export function messageCounts(fake: FakeBotApi, chatIds: readonly number[]): number[] {
  return chatIds.map((id) => fake.messages(id).length);
}
