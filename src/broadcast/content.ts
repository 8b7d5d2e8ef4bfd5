import type { Composed } from '../delivery/job-runner.js';
import { readPayload } from '../delivery/payload.js';
import type { Delivery, Job, PreviewContent } from '../store/store.js';
import { splitMessage } from '../telegram/split.js';
import { BroadcastDeliveryPayload, BroadcastJobPayload, type BroadcastContent } from './payload.js';

/** A preview's content as it is sent: validated HTML split into messages of at most 4,096 characters. */
export function broadcastContent(preview: PreviewContent): BroadcastContent {
  return preview.kind === 'html' ? { kind: 'html', parts: splitMessage(preview.html) } : preview;
}

/**
 * The messages of one broadcast delivery, for the job runner. Both payloads are parsed; an
 * unreadable one throws UnreadablePayloadError, which fails the job (or the delivery).
 */
export function composeBroadcast(job: Job, delivery: Delivery): Composed | null {
  if (job.kind !== 'broadcast') return null;
  const { content } = readPayload(BroadcastJobPayload, job.payload, 'job');
  const { chatType } = readPayload(BroadcastDeliveryPayload, delivery.payload, 'delivery');
  const parts =
    content.kind === 'html'
      ? content.parts.map((html) => ({ kind: 'html' as const, html }))
      : [{ kind: 'copy' as const, fromChatId: content.fromChatId, messageId: content.messageId }];
  return parts.length === 0 ? null : { chatType, parts };
}
