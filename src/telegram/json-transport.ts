import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { TelegramError } from 'telegraf';

/** As telegraf: a call may take this long (a long poll is 50 s at most). */
const REQUEST_TIMEOUT_MS = 500_000;
/** Connections kept open to the Bot API: the bulk sender at 1,000/s needs a few dozen at most. */
const MAX_SOCKETS = 64;
/**
 * An idle kept-alive socket is closed after this long, or a second before the server's own
 * `Keep-Alive: timeout=…` when it announces a shorter one (node honours the hint only when the agent
 * has a timeout of its own): closed by us first, an idle socket is rarely taken just as the server
 * closes it.
 */
const IDLE_SOCKET_MS = 30_000;
/**
 * How a reused kept-alive socket fails when the server had closed it as idle before our request
 * reached it (node's `request.reusedSocket` pattern): reset, or a hang-up (ECONNRESET) with no answer.
 */
const AGENT_OPTIONS = {
  keepAlive: true,
  maxSockets: MAX_SOCKETS,
  scheduling: 'lifo',
  timeout: IDLE_SOCKET_MS,
} as const;
const CLOSED_BEFORE_READ = new Set(['ECONNRESET', 'EPIPE']);

/** The Bot API answered with something that is not its JSON (a proxy's error page, a cut body). */
export class UnreadableAnswerError extends Error {
  readonly code = 'EBADANSWER';
  constructor(method: string, status: number, cause?: unknown) {
    super(`${method}: the Bot API's answer (HTTP ${status}) is not JSON`, { cause });
    this.name = 'UnreadableAnswerError';
  }
}

export interface JsonTransport {
  /**
   * POSTs a payload that carries no file as JSON and returns the answer's `result`. Throws
   * telegraf's TelegramError for a Bot API error (as telegraf's own client does), or the
   * socket's error when no answer came. Error texts never contain the request's URL (the token).
   */
  call(method: string, payload: object, signal?: AbortSignal): Promise<unknown>;
  /** Closes the kept-alive connections. */
  close(): void;
}

/**
 * Marks a payload whose call's result its caller never reads (a symbol key: JSON leaves it out, and
 * telegraf's methods copy it along with the rest of `extra`). A reply's answer repeats the whole
 * message, text and entities; decoding and parsing it cost more than the request. Such a call's
 * answer is only checked for success, and the call resolves to undefined.
 */
export const RESULT_UNREAD: unique symbol = Symbol('result unread');

/** How every successful answer of the Bot API begins. */
const OK_PREFIX = Buffer.from('{"ok":true,');
const CLOSING_BRACE = '}'.charCodeAt(0);

/**
 * Whether an answer is a success, read without decoding it: the Bot API writes `ok` first, without
 * spaces. Anything else (an error, a proxy's page, another layout) is parsed as usual. Pure.
 */
export function isPlainSuccess(bytes: Buffer): boolean {
  return (
    bytes.length > OK_PREFIX.length &&
    bytes.compare(OK_PREFIX, 0, OK_PREFIX.length, 0, OK_PREFIX.length) === 0 &&
    bytes[bytes.length - 1] === CLOSING_BRACE
  );
}

/** null and undefined are left out, as telegraf's client does: the Bot API treats them as absent. */
function withoutNulls(_key: string, value: unknown): unknown {
  return value === null ? undefined : value;
}

/** Whether a null sits anywhere in a payload (strings are leaves: a long text is not walked). Pure. */
export function containsNull(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(containsNull);
  for (const key in value) if (containsNull((value as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * The payload as JSON without its nulls. A replacer function takes JSON.stringify off its fast
 * path (it calls back into JavaScript for every key), so it is used only when there is a null to
 * drop, which the bot's own payloads never have.
 */
export function payloadJson(payload: object): string {
  return containsNull(payload) ? JSON.stringify(payload, withoutNulls) : JSON.stringify(payload);
}

/**
 * The Bot API's calls without files, over one pool of kept-alive connections. telegraf's client
 * goes through node-fetch (Request, Headers and body streams for every call); a bot that answers
 * hundreds of updates a second spends more CPU there than in its handlers. Files still go through
 * telegraf's multipart client (BotApiClient decides).
 */
export function createJsonTransport(apiRoot: string, token: string): JsonTransport {
  const root = new URL(apiRoot);
  const secure = root.protocol === 'https:';
  const agent = secure ? new HttpsAgent(AGENT_OPTIONS) : new HttpAgent(AGENT_OPTIONS);
  const send = secure ? httpsRequest : httpRequest;
  const base = `${root.pathname.replace(/\/$/, '')}/bot${token}/`;

  function call(method: string, payload: object, signal?: AbortSignal): Promise<unknown> {
    // Encoded once: its length and the socket's write both use these bytes (a string would be
    // measured, then encoded again by the write).
    const body = Buffer.from(payloadJson(payload));
    const readResult = (payload as { [RESULT_UNREAD]?: true })[RESULT_UNREAD] !== true;
    return attempt(method, body, signal, agent, readResult);
  }

  /**
   * One POST. Through the pool, a kept-alive socket the server closed as idle just as this call took
   * it fails before the server read a byte of the request; that call is sent once more on a fresh
   * socket (`fresh`), never again after that. Any other failure may follow a delivered request:
   * Telegram has no idempotency key, so it is not resent but thrown.
   */
  function attempt(
    method: string,
    body: Buffer,
    signal: AbortSignal | undefined,
    through: HttpAgent | false,
    readResult: boolean,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      let answered = false;
      const request = send(
        {
          protocol: root.protocol,
          hostname: root.hostname,
          port: root.port,
          path: base + method,
          method: 'POST',
          agent: through,
          headers: { 'content-type': 'application/json', 'content-length': body.length },
          timeout: REQUEST_TIMEOUT_MS,
          ...(signal && { signal }),
        },
        (response) => {
          answered = true;
          readAnswer(method, response, readResult).then(resolve, reject);
        },
      );
      request.on('timeout', () =>
        request.destroy(Object.assign(new Error(`${method} timed out`), { code: 'ETIMEDOUT' })),
      );
      request.on('error', (error: NodeJS.ErrnoException) => {
        const closedWhileIdle =
          through !== false &&
          request.reusedSocket &&
          !answered &&
          !signal?.aborted &&
          CLOSED_BEFORE_READ.has(error.code ?? '');
        if (closedWhileIdle) resolve(attempt(method, body, signal, false, readResult));
        else reject(error);
      });
      request.end(body);
    });
  }

  return { call, close: () => agent.destroy() };
}

function readAnswer(method: string, response: IncomingMessage, readResult: boolean): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('error', reject);
    response.on('end', () => {
      const status = response.statusCode ?? 0;
      // As telegraf: a 5xx is the server's failure whatever its body says.
      if (status >= 500) {
        reject(new TelegramError({ error_code: status, description: response.statusMessage ?? '' }));
        return;
      }
      // An answer mostly comes in one chunk: read as it is, not copied into a new Buffer first.
      const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      if (!readResult && status === 200 && isPlainSuccess(bytes)) {
        resolve(undefined);
        return;
      }
      let answer: { ok?: unknown; result?: unknown; error_code?: unknown; description?: unknown };
      try {
        answer = JSON.parse(bytes.toString('utf8')) as typeof answer;
      } catch (error) {
        reject(new UnreadableAnswerError(method, status, error));
        return;
      }
      if (answer.ok === true) resolve(answer.result);
      else reject(new TelegramError(answer as ConstructorParameters<typeof TelegramError>[0]));
    });
  });
}
