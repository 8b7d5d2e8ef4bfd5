import { z } from 'zod';
import { Language } from '../content/schema.js';
import { CHAT_TYPES } from '../store/store.js';

/** What became of the article, recorded before anything is sent: once, whoever runs the job. */
export const IntakeOutcome = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('draft'),
    id: z.string(),
    path: z.string(),
    /** The draft left in place when this one was written beside it; null when there was none. */
    besideOf: z.string().nullable(),
    /** The draft as the editor sees it, rendered once from the saved draft: HTML messages. */
    parts: z.array(z.string()),
  }),
  z.object({ kind: z.literal('failed'), error: z.string() }),
]);
export type IntakeOutcome = z.infer<typeof IntakeOutcome>;

/** The persisted payload of an intake job: an admin's article, then what it became. */
export const IntakeJobPayload = z.object({
  adminId: z.number().int(),
  chatId: z.number().int(),
  /** The article as sent, its date line taken off. */
  text: z.string(),
  /** The `YYYY-MM-DD` line the article was sent with; null: the intake infers the date. */
  published: z.string().nullable(),
  /** The admin's language: the draft and every message about it. */
  lang: Language,
  /**
   * The draft version the job is writing, recorded just before the file is: a runner taking the
   * job over after a crash between the two finds its file again instead of writing another beside it.
   */
  claimed: z.object({ id: z.string(), besideOf: z.string().nullable() }).optional(),
  /** Absent until the job has drafted the article. */
  outcome: IntakeOutcome.optional(),
});
export type IntakeJobPayload = z.infer<typeof IntakeJobPayload>;

/** The persisted payload of the one intake delivery (the admin's chat). */
export const IntakeDeliveryPayload = z.object({ chatType: z.enum(CHAT_TYPES) });
export type IntakeDeliveryPayload = z.infer<typeof IntakeDeliveryPayload>;

/** One job per message an admin sent: the same update handled twice drafts nothing more. */
export function intakeJobKey(chatId: number, messageId: number): string {
  return `intake:${chatId}:${messageId}`;
}
