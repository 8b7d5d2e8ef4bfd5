import type { User } from 'telegraf/types';
import type { ChatDirectory } from './chat-directory.js';
import type { FloodControl } from './flood-control.js';
import type { MessageStore } from './message-store.js';
import type { Params } from './params.js';
import type { PhotoSize } from './photo.js';
import type { BotIdentity } from './types.js';
import type { UpdateQueue } from './update-queue.js';
import type { WebhookDelivery } from './webhook-delivery.js';

/** Everything the Bot API methods read and change. */
export interface FakeState {
  bot: BotIdentity;
  botUser: User;
  now: () => number;
  updates: UpdateQueue;
  /** Sends queued updates to the webhook while one is set. */
  webhook: WebhookDelivery;
  store: MessageStore;
  chats: ChatDirectory;
  flood: FloodControl;
  commands: Map<string, unknown>;
  /** Callback query ids pressed and not yet answered. */
  openCallbacks: Set<string>;
  answeredCallbacks: Array<{ id: string; text?: string }>;
  /** Files users sent, by file_id: what getFile describes and /file/bot<token>/<path> serves. */
  files: Map<string, { path: string; content: Buffer }>;
  /** Photos the bot uploaded: every size's file_id → all the sizes (sendPhoto by file_id). */
  photos: Map<string, PhotoSize[]>;
}

export type MethodHandler = (state: FakeState, params: Params, signal: AbortSignal) => unknown;
