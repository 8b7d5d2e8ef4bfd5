import { z } from 'zod';
import { Language } from '../content/schema.js';
import { CHAT_TYPES } from '../store/store.js';

/** The persisted payload of a digest job: its slot, and whether it was on the schedule (not /digest_now). */
export const DigestJobPayload = z.object({
  slot: z.string(),
  at: z.number(),
  // Absent in jobs of versions before /digest_now: those were all scheduled.
  scheduled: z.boolean().default(true),
});
export type DigestJobPayload = z.infer<typeof DigestJobPayload>;

/** What each digest delivery carries, fixed at planning time. */
export const DigestDeliveryPayload = z.object({
  chatType: z.enum(CHAT_TYPES),
  lang: Language,
  briefingIds: z.array(z.string()),
});
export type DigestDeliveryPayload = z.infer<typeof DigestDeliveryPayload>;
