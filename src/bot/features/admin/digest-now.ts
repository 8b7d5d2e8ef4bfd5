import type { Logger } from 'pino';
import { Feature } from '../../feature.js';
import { adminCatalogue } from '../../../i18n/admin.js';
import { slotName } from '../../../digest/slot-name.js';
import type { Slot } from '../../../schedule/slots.js';
import { createZone } from '../../../schedule/time-zone.js';
import type { AuditStore, JobStore } from '../../../store/store.js';
import type { BotContext } from '../../context.js';
import { recordAdminAction } from './audit.js';
import { replyPlain } from './reply-plain.js';

export interface DigestNowDeps {
  /** The digest service's runSlot: claims the slot once, plans it, starts sending. */
  runSlot: (slot: Slot) => Promise<void>;
  jobs: Pick<JobStore, 'getByKey'>;
  /** DIGEST_TIMEZONE: the slot is named by its local minute there. */
  timeZone: string;
  now: () => number;
  audit: Pick<AuditStore, 'record'>;
  log: Logger;
}

/**
 * The slot of an on-demand digest: named by the local minute, so every tap (by any admin, in any
 * process) within one minute is the same slot, planned once.
 */
export function digestNowSlot(at: number, timeZone: string): Slot {
  const local = new Date(at + createZone(timeZone).offsetMs(at)).toISOString().slice(0, 16);
  return { at, key: `now:${local} ${timeZone}` };
}

/** The job key the digest service gives a slot. */
const digestJobKey = (slot: Slot) => `digest:${slot.key}`;

/** /digest_now: runs a digest slot immediately, under the same exactly-once rules as scheduled ones. */
export function digestNowFeature(deps: DigestNowDeps): Feature<BotContext> {
  const feature = new Feature<BotContext>();
  feature.command('digest_now', async (ctx) => {
    const t = adminCatalogue(ctx.lang);
    const slot = digestNowSlot(deps.now(), deps.timeZone);
    // Admins see the local minute and the zone's city, not the slot's internal key.
    const time = slotName(slot.key);
    if (await deps.jobs.getByKey(digestJobKey(slot)))
      return replyPlain(ctx, t.digestNowAlready(time, deps.timeZone));
    await deps.runSlot(slot);
    const job = await deps.jobs.getByKey(digestJobKey(slot));
    await recordAdminAction({ audit: deps.audit, log: deps.log }, ctx.from.id, 'digest_now', {
      slot: slot.key,
      job_id: job?.id ?? null,
    });
    return replyPlain(ctx, t.digestNowStarted(time, deps.timeZone, job?.total ?? 0));
  });
  return feature;
}
