import type { Chat, Update, User } from 'telegraf/types';

/** An update as a test writes it: `update_id` is assigned by the fake. */
export type NewUpdate = Update extends infer U ? (U extends Update ? Omit<U, 'update_id'> : never) : never;

export interface BotIdentity {
  id: number;
  username: string;
  first_name: string;
}

export interface RateLimits {
  /** Send calls per second over all chats (Telegram: about 30). */
  perSecond?: number;
  /** Send calls per second into one chat (Telegram: 1). */
  perChatPerSecond?: number;
  /** Send calls per minute into one group or channel, chat id < 0 (Telegram: 20). */
  perGroupPerMinute?: number;
  /**
   * How much earlier than its window a call may arrive, in ms (default 0): arrival times jitter with
   * the load of the machine (client and fake share it in tests), which no client can see.
   */
  jitterMs?: number;
}

export interface FakeBotApiOptions {
  token?: string;
  bot?: BotIdentity;
  /** Enforced only when given: exceeding one answers 429 with `retry_after`. */
  limits?: RateLimits;
  /** Clock in ms for message dates, call times and rate limits. */
  now?: () => number;
  /** A webhook request not answered within this long is re-sent (default 10 s). */
  webhookTimeoutMs?: number;
}

export interface ApiErrorBody {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  /** Arrival time on the fake's clock. */
  at: number;
  ok: boolean;
  errorCode?: number;
  /** The refusal's description, as Telegram words it. */
  description?: string;
}

/** A message the bot sent, as it stands now (edits applied). */
export interface SentMessage {
  message_id: number;
  chat_id: number;
  thread_id?: number;
  /** The `text` parameter exactly as the bot sent it (HTML source when parse_mode is HTML). */
  html: string;
  /** The visible text, as a Telegram client shows it. */
  text: string;
  parse_mode?: string;
  reply_markup?: unknown;
  edits: number;
  copied_from?: { chat_id: number; message_id: number };
  /** A photo message (sendPhoto): its sizes, largest last, and whether this send uploaded it (else by file_id). `html`/`text` are its caption. */
  photo?: { sizes: Array<{ file_id: string; width: number; height: number }>; uploaded: boolean };
}

export type MemberStatus = 'creator' | 'administrator' | 'member' | 'left' | 'kicked';

export interface FakeBotApi {
  apiRoot: string;
  token: string;
  bot: BotIdentity;
  /** Queues an update for getUpdates and returns its assigned update_id. */
  pushUpdate(update: NewUpdate): number;
  /** Makes a file downloadable through getFile, as if a user had sent it (use its id in a document message). */
  addFile(fileId: string, content: string | Buffer): void;
  /** Pushes a text message from a user (a channel post when the chat is a channel). */
  sendText(p: { chat: Chat; from?: User | null; text: string; threadId?: number; replyTo?: number }): number;
  /** Pushes a callback query for an inline button of a message in the chat. */
  pressButton(p: { chat: Chat; from: User; messageId: number; data: string }): number;
  /** Resolves once the bot polled past `updateId` (telegraf finishes a batch before polling again). */
  waitHandled(updateId: number, timeoutMs?: number): Promise<void>;
  calls: RecordedCall[];
  messages(chatId: number): SentMessage[];
  /** The bytes behind a file_id: a file a user sent (addFile) or a photo the bot uploaded. */
  fileContent(fileId: string): Buffer | undefined;
  answeredCallbacks: Array<{ id: string; text?: string }>;
  /** Commands set by setMyCommands, keyed by `commandsKey(scope, language_code)`. */
  commands: Map<string, unknown>;
  /** The next `times` (default 1) calls of `method`, optionally only those for `chatId`, fail with `error`. */
  inject(method: string, error: ApiErrorBody, opts?: { times?: number; chatId?: number }): void;
  /** Sets a member's status; for the bot itself, 'kicked' or 'left' makes writes to a group answer 403. */
  setChatMember(chatId: number, userId: number, status: MemberStatus): void;
  /** Every later send to the chat answers 403 "Forbidden: bot was blocked by the user". */
  blockChat(chatId: number): void;
  /**
   * Webhook URLs are https://host/path: updates for `host` are POSTed to `origin` (http://127.0.0.1:port)
   * instead, keeping the path.
   */
  routeWebhook(host: string, origin: string): void;
  /** How many times the webhook was sent the update (re-sends included). */
  webhookAttempts(updateId: number): number;
  /** Queues an update again, same id and content, as Telegram does when it thinks the webhook missed it. */
  resendUpdate(updateId: number): void;
  /** Send calls made while an earlier 429's retry_after was still running. */
  readonly violations: number;
  close(): Promise<void>;
}
