import type { Logger } from 'pino';
import type { Update } from 'telegraf/types';
import type { Route } from './server.js';
import { secretChecker } from './webhook-secret.js';

/** Telegram's header carrying the `secret_token` given to setWebhook. */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/** Telegram re-sends an update whose request is not answered in time; answer well before that. */
const DEFAULT_ANSWER_WITHIN_MS = 5_000;

export interface WebhookDeps {
  path: string;
  secret: string;
  /** Records the update as handled; false when it was before (re-sent, or taken by another instance). */
  claim: (updateId: number) => Promise<boolean>;
  /** Handles the update (bot.handleUpdate). */
  handle: (update: Update) => Promise<void>;
  /** Shutting down: refuse with 503, unclaimed, so Telegram re-sends it (perhaps to another instance). */
  draining: () => boolean;
  log: Logger;
  answerWithinMs?: number;
}

export interface Webhook {
  route: Route;
  /** Resolves when every update taken so far has been handled. */
  settled(): Promise<void>;
}

function parseUpdate(body: Buffer): Update | undefined {
  try {
    const update = JSON.parse(body.toString('utf8')) as unknown;
    const id = (update as { update_id?: unknown } | null)?.update_id;
    return typeof update === 'object' && Number.isSafeInteger(id) ? (update as Update) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * POST <path of WEBHOOK_URL>: checks the secret (401 otherwise, nothing handled), claims the
 * update_id in the database so that each update is handled once across every instance, then handles
 * it and answers 200 when done, or after `answerWithinMs` at the latest while handling goes on.
 */
export function createWebhook(deps: WebhookDeps): Webhook {
  const { log } = deps;
  const answerWithinMs = deps.answerWithinMs ?? DEFAULT_ANSWER_WITHIN_MS;
  const inFlight = new Set<Promise<void>>();
  const secretMatches = secretChecker(deps.secret);

  const route: Route = {
    method: 'POST',
    path: deps.path,
    async handle(request) {
      const header = request.headers[SECRET_HEADER];
      if (!secretMatches(typeof header === 'string' ? header : undefined)) {
        log.warn({ path: request.path }, 'webhook request without the right secret refused');
        return { status: 401, body: 'unauthorized\n' };
      }
      if (deps.draining()) return { status: 503, body: 'shutting down\n' };
      const update = parseUpdate(request.body);
      if (!update) return { status: 400, body: 'expected a JSON update\n' };
      // A database error answers 500: Telegram re-sends, and nothing was handled.
      if (!(await deps.claim(update.update_id))) {
        log.debug({ update_id: update.update_id }, 'update already handled, dropped');
        return { status: 200, body: 'duplicate\n' };
      }
      const handling = deps
        .handle(update)
        .catch((err: unknown) => log.error({ err, update_id: update.update_id }, 'webhook update failed'));
      inFlight.add(handling);
      void handling.finally(() => inFlight.delete(handling));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>(
        (resolve) => (timer = setTimeout(() => resolve('late'), answerWithinMs)),
      );
      const outcome = await Promise.race([handling.then(() => 'done' as const), late]);
      clearTimeout(timer);
      if (outcome === 'late')
        log.warn(
          { update_id: update.update_id, after_ms: answerWithinMs },
          'update still being handled, answered early',
        );
      return { status: 200, body: 'ok\n' };
    },
  };

  return {
    route,
    async settled() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
