/** What the sender needs to know about a message; the rest is payload only `transmit` understands. */
export interface OutgoingMessage {
  chatId: number;
  threadId?: number | null;
  chatType: 'private' | 'group' | 'supergroup' | 'channel';
}

export type SendOutcome =
  | { status: 'sent'; messageIds: number[] }
  | { status: 'blocked'; reason: string }
  | { status: 'failed'; error: string; attempts: number }
  | { status: 'migrated'; newChatId: number };

export interface SenderLimits {
  /** Request starts allowed in any 1 s window, across all chats. */
  perSecond: number;
  /** Request starts allowed per chat in any 1 s window. */
  perChatPerSecond: number;
  /** Request starts allowed per group, supergroup or channel in any 60 s window. */
  perGroupPerMinute: number;
  /** Requests awaiting a response at once. */
  maxInFlight: number;
}

export interface SenderClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface SenderStats {
  queued: number;
  inFlight: number;
  sent: number;
  blocked: number;
  failed: number;
  migrated: number;
  /** 429 responses received. */
  rateLimited: number;
  /** Transient failures that were scheduled for another attempt. */
  retried: number;
  /** Epoch ms until which every send is paused after a 429 (0 if never). */
  pausedUntil: number;
}

export interface Sender<M extends OutgoingMessage = OutgoingMessage> {
  /** Queues the message; resolves once it is delivered or given up on. Never rejects. */
  send(message: M): Promise<SendOutcome>;
  /**
   * For a message sent outside the queue (a reply to a command): resolves when the overall limit has
   * room, ahead of every queued bulk message, and counts it; so bulk and replies together stay
   * within the limit. A reply waits at most one pace step, or out a 429's retry_after. Into a group
   * or channel (`chatId` < 0) it also waits for that chat's per-minute limit, shared with bulk sends.
   */
  reserveSlot(chatId?: number): Promise<void>;
  /** Replies waiting for a slot in this group or channel. */
  pendingReplies(chatId: number): number;
  /** Telegram answered a reply with 429: every send, bulk and reply, here and in the other instances, waits it out. */
  pauseAll(retryAfterMs: number): void;
  stats(): SenderStats;
  /** Resolves when nothing is queued or in flight. */
  idle(): Promise<void>;
}
