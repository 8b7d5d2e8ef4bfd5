import { BroadcastJobPayload } from '../../src/broadcast/payload.js';

/**
 * A confirmed broadcast's job payload as the admin flow persists it (checked by its schema): admin
 * 42 in English, progress shown in its message 5. Tests give only the fields they are about.
 */
export function broadcastPayload(overrides: Partial<BroadcastJobPayload> = {}): BroadcastJobPayload {
  return BroadcastJobPayload.parse({
    content: { kind: 'html', parts: ['x'] },
    author: 42,
    createdAt: 0,
    previewId: 1,
    includeChannels: false,
    lang: 'en',
    progressMessage: { chatId: 42, messageId: 5 },
    ...overrides,
  });
}
