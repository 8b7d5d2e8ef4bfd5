import { TelegramError } from 'telegraf';

export type TelegramFailure =
  | { kind: 'rate_limited'; retryAfterMs: number }
  | { kind: 'transient' }
  | { kind: 'chat_gone'; reason: string }
  | { kind: 'migrated'; newChatId: number }
  | { kind: 'bad_request'; description: string };

/** Used when a 429 carries no retry_after (the Bot API always sends one, proxies may not). */
const DEFAULT_RETRY_AFTER_MS = 5_000;

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** Description fragments (lower case) that mean the chat can no longer receive messages. */
const GONE_REASONS: ReadonlyArray<readonly [string, string]> = [
  ['bot was blocked by the user', 'blocked_by_user'],
  ['bot was kicked', 'kicked'],
  ['user is deactivated', 'user_deactivated'],
  ['not a member', 'not_member'],
  ['chat not found', 'chat_not_found'],
  ['group chat was deleted', 'chat_deleted'],
  ['group chat was deactivated', 'chat_deleted'],
  ["bot can't initiate conversation", 'never_started'],
];

function goneReason(description: string): string | null {
  const lower = description.toLowerCase();
  for (const [fragment, reason] of GONE_REASONS) if (lower.includes(fragment)) return reason;
  return null;
}

function fromTelegram(err: TelegramError): TelegramFailure {
  const code = err.code;
  const description = err.description ?? '';
  const parameters = err.response?.parameters;
  if (code === 429) {
    const seconds = parameters?.retry_after;
    return {
      kind: 'rate_limited',
      retryAfterMs: typeof seconds === 'number' ? seconds * 1000 : DEFAULT_RETRY_AFTER_MS,
    };
  }
  if (code >= 500) return { kind: 'transient' };
  if (typeof parameters?.migrate_to_chat_id === 'number') {
    return { kind: 'migrated', newChatId: parameters.migrate_to_chat_id };
  }
  if (code === 403) return { kind: 'chat_gone', reason: goneReason(description) ?? 'forbidden' };
  if (code === 400) {
    const reason = goneReason(description);
    if (reason === 'chat_not_found' || reason === 'chat_deleted') return { kind: 'chat_gone', reason };
  }
  return { kind: 'bad_request', description: `${code}: ${description}` };
}

function isNetworkError(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 3) return false;
  const { name, code, cause } = err as { name?: unknown; code?: unknown; cause?: unknown };
  // node-fetch (used by telegraf) wraps socket errors and timeouts in FetchError.
  if (name === 'FetchError' || name === 'AbortError' || name === 'TimeoutError') return true;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  // undici's fetch throws TypeError('fetch failed') with the socket error as cause.
  return isNetworkError(cause, depth + 1);
}

/**
 * Maps an error thrown by a Bot API call to what the caller should do about it.
 * Anything unrecognised is a bad_request: retrying a bug only repeats it.
 */
export function classifyTelegramError(err: unknown): TelegramFailure {
  if (err instanceof TelegramError) return fromTelegram(err);
  if (isNetworkError(err)) return { kind: 'transient' };
  const description = err instanceof Error ? err.message : String(err);
  return { kind: 'bad_request', description };
}
