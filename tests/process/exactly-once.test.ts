import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import type { DeliveryState } from '../../src/store/store.js';
import { dueDigestSetup, messageCounts } from '../support/due-digest.js';
import { inState, jobState, untilJobState } from '../support/job-state.js';
import { eventually, processTestKit } from '../support/run-main.js';

const SUBSCRIBERS = 150;
const chatIds = Array.from({ length: SUBSCRIBERS }, (_, i) => 5000 + i);
// A crash leaves in doubt only the requests on the wire, never a backlog the sender had claimed:
// far fewer than half a second's sending at the bots' pace (SEND_PER_SECOND below).
const SEND_PER_SECOND = 60;
const FEW = SEND_PER_SECOND / 2;

const kit = processTestKit('once');

async function setup(inDoubt: 'skip' | 'resend') {
  return dueDigestSetup(kit, chatIds, {
    DELIVERY_IN_DOUBT: inDoubt,
    JOB_LEASE_SECONDS: '2',
    SEND_PER_SECOND: String(SEND_PER_SECOND),
  });
}

/**
 * After a crash, the deliveries its database still shows in flight (`sending`): the messages in
 * doubt. Every delivery it recorded as sent did reach Telegram.
 */
function inDoubtAfterCrash(deliveries: Map<number, DeliveryState>, received: number[]): number[] {
  const sent = inState(deliveries, 'sent');
  expect(sent.filter((id) => received[chatIds.indexOf(id)] === 0)).toEqual([]);
  return inState(deliveries, 'sending');
}

describe('exactly once across crashes and processes', () => {
  it.each(['skip', 'resend'] as const)(
    'a digest killed with SIGKILL half way and restarted: no duplicates, nothing missing (in doubt: %s)',
    async (rule) => {
      const { fake, env, databasePath } = await setup(rule);
      const delivered = () => messageCounts(fake, chatIds).filter((n) => n > 0).length;
      const first = kit.main(env);
      await eventually(() => delivered() >= SUBSCRIBERS / 2);
      first.kill('SIGKILL');
      await first.exit;
      expect(delivered()).toBeLessThan(SUBSCRIBERS);
      const atCrash = await jobState(databasePath, 'digest', chatIds);
      const doubts = inDoubtAfterCrash(atCrash.deliveries, messageCounts(fake, chatIds));
      expect(doubts.length).toBeLessThan(FEW);

      const second = kit.main(env);
      await untilJobState(databasePath, 'digest', 'finished');
      second.kill('SIGTERM');
      expect(await second.exit).toBe(0);

      const perChat = messageCounts(fake, chatIds);
      const missing = chatIds.filter((_, i) => perChat[i] === 0);
      const twice = chatIds.filter((_, i) => perChat[i]! > 1);
      const { deliveries } = await jobState(databasePath, 'digest', chatIds);
      // Only the messages in flight at the crash may differ, and only as their rule says.
      if (rule === 'skip') {
        expect(twice).toEqual([]);
        expect(missing.every((id) => doubts.includes(id))).toBe(true);
        expect(inState(deliveries, 'in_doubt').sort()).toEqual([...doubts].sort());
        expect(inState(deliveries, 'sent')).toHaveLength(SUBSCRIBERS - doubts.length);
      } else {
        expect(missing).toEqual([]);
        expect(twice.every((id) => doubts.includes(id))).toBe(true);
        expect(inState(deliveries, 'sent')).toHaveLength(SUBSCRIBERS);
      }
      expect(missing.length + twice.length).toBeLessThanOrEqual(doubts.length);
      expect(fake.violations).toBe(0);
    },
    60_000,
  );

  it('a broadcast killed with SIGKILL half way resumes in the next process: every recipient once', async () => {
    const { fake, env, databasePath } = await setup('skip');
    const delivered = () => messageCounts(fake, chatIds).filter((n) => n > 0).length;
    const adminEnv = { ...env, ADMIN_IDS: '42', DIGEST_SCHEDULE: '0 0 1 1 *' };
    const admin = { id: 42, is_bot: false, first_name: 'Admin', language_code: 'en' };
    const chat = { id: 42, type: 'private' as const, first_name: 'Admin' };
    const first = kit.main(adminEnv);
    await fake.waitHandled(
      fake.sendText({ chat, from: admin, text: '/broadcast <b>Curfew</b> lifted in Kirkuk' }),
    );
    const preview = fake.messages(chat.id).at(-1)!;
    const confirm = (
      preview.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }
    ).inline_keyboard
      .flat()
      .find((b) => b.callback_data.startsWith('bc:ok'))!;
    await fake.waitHandled(
      fake.pressButton({ chat, from: admin, messageId: preview.message_id, data: confirm.callback_data }),
    );
    await eventually(() => delivered() >= SUBSCRIBERS / 2);
    first.kill('SIGKILL');
    await first.exit;
    expect(delivered()).toBeLessThan(SUBSCRIBERS);
    const atCrash = await jobState(databasePath, 'broadcast', chatIds);
    const doubts = inDoubtAfterCrash(atCrash.deliveries, messageCounts(fake, chatIds));
    expect(doubts.length).toBeLessThan(FEW);

    const second = kit.main(adminEnv);
    await untilJobState(databasePath, 'broadcast', 'finished');
    second.kill('SIGTERM');
    await second.exit;
    const perChat = messageCounts(fake, chatIds);
    expect(perChat.filter((n) => n > 1)).toEqual([]);
    expect(chatIds.filter((_, i) => perChat[i] === 0).every((id) => doubts.includes(id))).toBe(true);
    expect(perChat.filter((n) => n === 1).length).toBeGreaterThanOrEqual(SUBSCRIBERS - doubts.length);
    const { deliveries } = await jobState(databasePath, 'broadcast', chatIds);
    expect(inState(deliveries, 'in_doubt').sort()).toEqual([...doubts].sort());
  }, 60_000);

  it('two processes on one database send the digest once', async () => {
    const { fake, env, databasePath } = await setup('skip');
    const a = kit.main(env);
    const b = kit.main(env);
    await untilJobState(databasePath, 'digest', 'finished');
    await eventually(() => messageCounts(fake, chatIds).every((n) => n > 0));
    a.kill('SIGTERM');
    b.kill('SIGTERM');
    await Promise.all([a.exit, b.exit]);
    expect(messageCounts(fake, chatIds).every((n) => n === 1)).toBe(true);
    // One slot planned: besides the seeded earlier digest, one digest job, every chat's delivery sent once.
    const store = await openStore({ databasePath });
    const digests = (await store.jobs.recent(10)).filter((job) => job.kind === 'digest');
    await store.close();
    expect(digests.map((job) => job.key)).toHaveLength(2);
    const { deliveries } = await jobState(databasePath, 'digest', chatIds);
    expect(inState(deliveries, 'sent')).toHaveLength(SUBSCRIBERS);
  }, 60_000);
});
