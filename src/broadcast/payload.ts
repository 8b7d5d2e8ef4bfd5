import { z } from 'zod';
import { Language } from '../content/schema.js';
import { CHAT_TYPES } from '../store/store.js';

/** What every recipient gets, fixed when the admin confirms: HTML messages, or one message copied. */
export const BroadcastContent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('html'), parts: z.array(z.string()) }),
  z.object({ kind: z.literal('copy'), fromChatId: z.number().int(), messageId: z.number().int() }),
]);
export type BroadcastContent = z.infer<typeof BroadcastContent>;

/** The persisted payload of a broadcast job. */
export const BroadcastJobPayload = z.object({
  content: BroadcastContent,
  author: z.number().int(),
  createdAt: z.number(),
  previewId: z.number().int(),
  includeChannels: z.boolean(),
  /** The admin's language, for the progress message and report. */
  lang: Language,
  /** The message edited with the progress, then the report: the confirmed preview's controls. */
  progressMessage: z.object({ chatId: z.number().int(), messageId: z.number().int() }),
});
export type BroadcastJobPayload = z.infer<typeof BroadcastJobPayload>;

/** The persisted payload of one broadcast delivery. */
export const BroadcastDeliveryPayload = z.object({ chatType: z.enum(CHAT_TYPES) });
export type BroadcastDeliveryPayload = z.infer<typeof BroadcastDeliveryPayload>;
