import { TelegramError } from 'telegraf';

/**
 * What a failed Bot API call means for whoever made it. Telegram's answer when it gave one (as
 * grammY's GrammyError), else `network` (grammY's HttpError): the request got no answer.
 */
export type BotApiFailureKind =
  /** 429: every send waits `retryAfter` seconds (Telegram's limits are per token). */
  | 'rate-limited'
  /** 403: the user blocked the bot, it was kicked or is no member, the user is deactivated… */
  | 'blocked'
  /** 400: the chat does not exist (any more). */
  | 'chat-gone'
  /** 400: a group became a supergroup: send again to `migrateToChatId`. */
  | 'migrated'
  /** 400: an edit to exactly what the message already says (a double tap). */
  | 'not-modified'
  /** 400: the message to edit is gone or too old to be edited. */
  | 'message-gone'
  /** 400: a stored file_id Telegram no longer knows. */
  | 'file-unknown'
  /** Any other 4xx: our request is wrong; retrying repeats it. `description` says why. */
  | 'bad-request'
  /** 401: the token is rejected. */
  | 'unauthorized'
  /** 409: another getUpdates caller with this token, or a webhook is set. */
  | 'conflict'
  /** 5xx: Telegram's side; worth retrying. */
  | 'server'
  /** No answer at all (socket, DNS, timeout, a proxy's page that is no JSON): worth retrying. */
  | 'network';

/** Why a chat can no longer receive messages (kinds `blocked` and `chat-gone`), for logs and reports. */
export type GoneReason =
  | 'blocked_by_user'
  | 'kicked'
  | 'user_deactivated'
  | 'not_member'
  | 'chat_not_found'
  | 'chat_deleted'
  | 'never_started'
  | 'forbidden';

export interface BotApiFailureFields {
  kind: BotApiFailureKind;
  method: string;
  /** Telegram's error_code; undefined for `network`. */
  code?: number;
  /** Telegram's description, or the network error's message; never the token. */
  description: string;
  chatId?: number | string;
  /** Seconds, for `rate-limited` (absent when a proxy's 429 gave none). */
  retryAfter?: number;
  migrateToChatId?: number;
  goneReason?: GoneReason;
}

/** Every failed Bot API call, reply or bulk, as one error. Its message never holds the token. */
export class BotApiFailure extends Error {
  override readonly name = 'BotApiFailure';
  readonly kind: BotApiFailureKind;
  readonly method: string;
  readonly code: number | undefined;
  readonly description: string;
  readonly chatId: number | string | undefined;
  readonly retryAfter: number | undefined;
  readonly migrateToChatId: number | undefined;
  readonly goneReason: GoneReason | undefined;

  constructor(fields: BotApiFailureFields, options?: { cause?: unknown }) {
    const chat = fields.chatId === undefined ? '' : ` for chat ${fields.chatId}`;
    super(`${fields.method} failed${chat}: ${detailOf(fields)}`, options);
    this.kind = fields.kind;
    this.method = fields.method;
    this.code = fields.code;
    this.description = fields.description;
    this.chatId = fields.chatId;
    this.retryAfter = fields.retryAfter;
    this.migrateToChatId = fields.migrateToChatId;
    this.goneReason = fields.goneReason;
  }

  /** One line for logs and stored errors: `400: Bad Request: …`, or the network error's message. */
  get detail(): string {
    return detailOf(this);
  }
}

function detailOf(fields: { code?: number | undefined; description: string }): string {
  return fields.code === undefined ? fields.description : `${fields.code}: ${fields.description}`;
}

/** Description fragments (lower case) that mean the chat can no longer receive messages. */
const GONE_REASONS: ReadonlyArray<readonly [string, GoneReason]> = [
  ['bot was blocked by the user', 'blocked_by_user'],
  ['bot was kicked', 'kicked'],
  ['user is deactivated', 'user_deactivated'],
  ['not a member', 'not_member'],
  ['chat not found', 'chat_not_found'],
  ['group chat was deleted', 'chat_deleted'],
  ['group chat was deactivated', 'chat_deleted'],
  ["bot can't initiate conversation", 'never_started'],
];

function goneReason(description: string): GoneReason | null {
  const lower = description.toLowerCase();
  for (const [fragment, reason] of GONE_REASONS) if (lower.includes(fragment)) return reason;
  return null;
}

/** 400 descriptions (lower case fragments) that have a kind of their own. */
const BAD_REQUEST_KINDS: ReadonlyArray<readonly [RegExp, BotApiFailureKind]> = [
  [/message is not modified/, 'not-modified'],
  [/message to edit not found|message can't be edited|message_id_invalid/, 'message-gone'],
  [/wrong file identifier|file reference|file_id_invalid/, 'file-unknown'],
];

const NETWORK_CODES = new Set([
  // json-transport's UnreadableAnswerError: a proxy's page or a cut body, as node-fetch's invalid-json.
  'EBADANSWER',
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

function isNetworkError(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 3) return false;
  const { name, code, cause } = err as { name?: unknown; code?: unknown; cause?: unknown };
  // node-fetch (used by telegraf) wraps socket errors, timeouts and unreadable bodies in FetchError.
  if (name === 'FetchError' || name === 'AbortError' || name === 'TimeoutError') return true;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  // undici's fetch throws TypeError('fetch failed') with the socket error as cause.
  return isNetworkError(cause, depth + 1);
}

function fromTelegram(err: TelegramError): Omit<BotApiFailureFields, 'method' | 'chatId'> {
  const code = err.code;
  const description = err.description ?? '';
  const parameters = err.parameters;
  const base = { code, description };
  if (code === 429) {
    const seconds = parameters?.retry_after;
    return { ...base, kind: 'rate-limited', ...(typeof seconds === 'number' && { retryAfter: seconds }) };
  }
  if (code >= 500) return { ...base, kind: 'server' };
  if (typeof parameters?.migrate_to_chat_id === 'number')
    return { ...base, kind: 'migrated', migrateToChatId: parameters.migrate_to_chat_id };
  if (code === 401) return { ...base, kind: 'unauthorized' };
  if (code === 409) return { ...base, kind: 'conflict' };
  if (code === 403) return { ...base, kind: 'blocked', goneReason: goneReason(description) ?? 'forbidden' };
  const reason = goneReason(description);
  if (reason === 'chat_not_found' || reason === 'chat_deleted')
    return { ...base, kind: 'chat-gone', goneReason: reason };
  const lower = description.toLowerCase();
  for (const [pattern, kind] of BAD_REQUEST_KINDS) if (pattern.test(lower)) return { ...base, kind };
  return { ...base, kind: 'bad-request' };
}

/**
 * Reads what a Bot API call threw (telegraf's TelegramError, a network error) as one BotApiFailure.
 * `scrub` removes the token from texts that may quote the request URL. Anything else a call throws
 * is a bad request: retrying a bug only repeats it.
 */
export function toBotApiFailure(
  error: unknown,
  method: string,
  options: { chatId?: number | string; scrub?: (text: string) => string } = {},
): BotApiFailure {
  if (error instanceof BotApiFailure) return error;
  const scrub = options.scrub ?? ((text: string) => text);
  const chat = options.chatId === undefined ? {} : { chatId: options.chatId };
  if (error instanceof TelegramError) {
    const fields = fromTelegram(error);
    return new BotApiFailure(
      { ...fields, method, ...chat, description: scrub(fields.description) },
      { cause: error },
    );
  }
  const description = scrub(error instanceof Error ? error.message : String(error));
  const kind = isNetworkError(error) ? 'network' : 'bad-request';
  return new BotApiFailure({ kind, method, ...chat, description }, { cause: error });
}
