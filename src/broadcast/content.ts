import type { Composed } from '../delivery/job-runner.js';
import type { Language } from '../content/schema.js';
import type { Delivery, Job, PreviewContent } from '../store/store.js';
import { splitMessage } from '../telegram/split.js';

/** What every recipient gets, fixed when the admin confirms: HTML messages, or one message copied. */
export type BroadcastContent =
  { kind: 'html'; parts: string[] } | { kind: 'copy'; fromChatId: number; messageId: number };

/** The persisted payload of a broadcast job. */
export interface BroadcastJobPayload {
  content: BroadcastContent;
  author: number;
  createdAt: number;
  previewId: number;
  includeChannels: boolean;
  /** The admin's language, for the progress message and report. */
  lang: Language;
  /** The message edited with the progress, then the report: the confirmed preview's controls. */
  progressMessage: { chatId: number; messageId: number };
}

/** The persisted payload of one broadcast delivery. */
export interface BroadcastDeliveryPayload {
  chatType: Composed['chatType'];
}

/** A preview's content as it is sent: validated HTML split into messages of at most 4,096 characters. */
export function broadcastContent(preview: PreviewContent): BroadcastContent {
  return preview.kind === 'html' ? { kind: 'html', parts: splitMessage(preview.html) } : preview;
}

/** The messages of one broadcast delivery, for the job runner. */
export function composeBroadcast(job: Job, delivery: Delivery): Composed | null {
  if (job.kind !== 'broadcast') return null;
  const { content } = job.payload as BroadcastJobPayload;
  const { chatType } = delivery.payload as BroadcastDeliveryPayload;
  const parts =
    content.kind === 'html'
      ? content.parts.map((html) => ({ kind: 'html' as const, html }))
      : [{ kind: 'copy' as const, fromChatId: content.fromChatId, messageId: content.messageId }];
  return parts.length === 0 ? null : { chatType, parts };
}
