import type { ChatStore, NewDelivery } from '../../../store/store.js';
import type { BroadcastDeliveryPayload } from '../../../broadcast/payload.js';

export interface AudienceCounts {
  /** Active subscribers that are not channels. */
  subscribers: number;
  /** Subscribed channels (the DIGEST_CHANNELS are subscribed chats of type channel). */
  channels: number;
}

export async function countAudience(chats: Pick<ChatStore, 'subscribers'>): Promise<AudienceCounts> {
  const counts: AudienceCounts = { subscribers: 0, channels: 0 };
  for await (const batch of chats.subscribers()) {
    for (const chat of batch) counts[chat.type === 'channel' ? 'channels' : 'subscribers']++;
  }
  return counts;
}

/**
 * The audience snapshot taken when a broadcast is confirmed: one delivery per active subscriber
 * (whatever its digest times and filters), into its forum topic when it has one.
 */
export async function audienceDeliveries(
  chats: Pick<ChatStore, 'subscribers'>,
  includeChannels: boolean,
): Promise<NewDelivery[]> {
  const deliveries: NewDelivery[] = [];
  for await (const batch of chats.subscribers()) {
    for (const chat of batch) {
      if (chat.type === 'channel' && !includeChannels) continue;
      const payload: BroadcastDeliveryPayload = { chatType: chat.type };
      deliveries.push({ chatId: chat.id, threadId: chat.threadId, payload });
    }
  }
  return deliveries;
}
