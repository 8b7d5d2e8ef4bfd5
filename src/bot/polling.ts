import type { Logger } from 'pino';
import type { Telegraf, Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { LeaseStore } from '../store/store.js';
import type { UpdateKind } from './allowed-updates.js';
import type { BotContext } from './context.js';
import {
  afterPollFailure,
  afterPollSuccess,
  classifyPollError,
  DEFAULT_POLLING_TIMING,
  INITIAL_FAILURE_STATE,
  leaseStillHeld,
  POLLING_LEASE,
  type PollFailureState,
  type PollingTiming,
} from './polling-decision.js';

/** telegraf types its signal with a polyfill's AbortSignal; at run time it takes the native one. */
type CallSignal = NonNullable<NonNullable<Parameters<Telegram['callApi']>[2]>['signal']>;

export class TokenRejectedError extends Error {
  constructor() {
    super('TELEGRAM_BOT_TOKEN was rejected by Telegram (401 Unauthorized)');
    this.name = 'TokenRejectedError';
  }
}

export interface PollingDeps {
  bot: Telegraf<BotContext>;
  leases: LeaseStore;
  /** This instance's lease owner id (`host:pid:nonce`). */
  owner: string;
  log: Logger;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Update types asked of getUpdates; default [] (Telegram's default set). */
  allowedUpdates?: readonly UpdateKind[];
  timing?: Partial<PollingTiming>;
  /** Called once the bot knows who it is, before it polls (every instance, poller or not). */
  onStarted?: (username: string) => void | Promise<void>;
}

export interface Polling {
  /** Resolves once the bot knows who it is and no webhook is set; rejects when the token is rejected. */
  started: Promise<void>;
  /** Settles when polling has stopped: resolves after stop(), rejects with TokenRejectedError. */
  done: Promise<void>;
  /** No new getUpdates; the updates being handled finish, are confirmed, and the lease is released. */
  stop(): Promise<void>;
}

/**
 * Long polling shared by several instances of one bot: only the holder of the `polling` lease calls
 * getUpdates (Telegram allows one caller per token), renewing it while it polls; the others ask for
 * it every few seconds and take over when the poller dies or stops. Network errors and 409s (another
 * deployment polling the same token) are retried with a growing pause; a rejected token ends it.
 */
export function startPolling(deps: PollingDeps): Polling {
  const { bot, leases, owner, log } = deps;
  const timing = { ...DEFAULT_POLLING_TIMING, ...deps.timing };
  let stopping = false;
  let wakeUp: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (wakeUp = resolve));
  let inFlight: AbortController | undefined;
  let failureState: PollFailureState = INITIAL_FAILURE_STATE;
  let offset = 0;

  /** Sleeps, or less when stopping. */
  const pause = (ms: number) => Promise.race([deps.sleep(ms), stopped]);
  /** When the lease was last confirmed ours (the time its acquire was asked). */
  let confirmedAt = Number.NEGATIVE_INFINITY;
  const acquire = async () => {
    const askedAt = deps.now();
    const held = await leases.acquire(POLLING_LEASE, owner, timing.leaseTtlMs).catch((err: unknown) => {
      log.warn({ err }, 'polling lease check failed');
      return false;
    });
    confirmedAt = held ? askedAt : Number.NEGATIVE_INFINITY;
    return held;
  };

  /** Backs off after a failed call; throws when the token is rejected. */
  async function failed(error: unknown, method: string): Promise<void> {
    const failure = classifyPollError(error);
    const decision = afterPollFailure(failureState, failure, deps.now());
    failureState = decision.state;
    if (decision.action.kind === 'fatal') throw new TokenRejectedError();
    const { pauseMs, log: level } = decision.action;
    const message =
      failure.kind === 'conflict'
        ? 'getUpdates conflict: another process polls with this token'
        : 'polling failed, retrying';
    log[level]({ err: error, method, pause_ms: pauseMs }, message);
    await pause(pauseMs);
  }

  /** Who the bot is (getMe), and no webhook in the way of getUpdates; retried until Telegram answers. */
  async function identify(): Promise<void> {
    while (!stopping) {
      let method = 'getMe';
      try {
        bot.botInfo ??= await bot.telegram.getMe();
        method = 'deleteWebhook';
        await bot.telegram.deleteWebhook({ drop_pending_updates: false });
        failureState = afterPollSuccess(failureState);
        return;
      } catch (error) {
        await failed(error, method);
      }
    }
  }

  async function handle(updates: Update[]): Promise<void> {
    await Promise.all(
      updates.map((update) =>
        bot
          .handleUpdate(update)
          .catch((err: unknown) => log.error({ err, update_id: update.update_id }, 'update handling failed')),
      ),
    );
    offset = updates.at(-1)!.update_id + 1;
  }

  /** Confirms the handled updates to Telegram (its offset), so no one receives them again. */
  async function confirm(): Promise<void> {
    if (offset === 0) return;
    await bot.telegram
      .callApi('getUpdates', { offset, limit: 1, timeout: 0 })
      .catch((err: unknown) => log.warn({ err }, 'could not confirm the last updates'));
  }

  /** Polls while the lease is ours; returns when it is lost or polling stops. */
  async function pollWhileHeld(): Promise<boolean> {
    let lost = false;
    const renewal = setInterval(() => {
      void acquire().then((ok) => {
        if (ok || lost) return;
        lost = true;
        inFlight?.abort();
      });
    }, timing.renewEveryMs);
    try {
      while (!lost && !stopping) {
        const controller = new AbortController();
        inFlight = controller;
        let updates: Update[];
        try {
          updates = await bot.telegram.callApi(
            'getUpdates',
            { timeout: timing.longPollSeconds, offset, allowed_updates: [...(deps.allowedUpdates ?? [])] },
            { signal: controller.signal as unknown as CallSignal },
          );
          failureState = afterPollSuccess(failureState);
        } catch (error) {
          if (controller.signal.aborted) continue;
          await failed(error, 'getUpdates');
          continue;
        } finally {
          inFlight = undefined;
        }
        if (updates.length === 0) continue;
        // The lease may have passed on during the long poll: then the new poller gets these updates.
        // Confirmed less than a renewal period ago, it cannot have (see leaseStillHeld).
        if (!leaseStillHeld(confirmedAt, deps.now(), timing) && !(await acquire())) {
          lost = true;
          break;
        }
        await handle(updates);
        // Not polling again: confirm now, or whoever polls next would receive them again.
        if (lost || stopping) await confirm();
      }
      return !lost;
    } finally {
      clearInterval(renewal);
    }
  }

  async function run(): Promise<void> {
    let held = false;
    try {
      await identify();
      if (stopping) return;
      log.info({ username: bot.botInfo?.username }, 'bot started');
      await deps.onStarted?.(bot.botInfo?.username ?? '');
      markStarted();
      while (!stopping) {
        if (!(await acquire())) {
          await pause(timing.retryLeaseMs);
          continue;
        }
        held = true;
        log.info({ owner }, 'polling lease taken, polling');
        held = await pollWhileHeld();
        if (!held) log.warn({ owner }, 'polling lease lost, polling stopped');
      }
    } finally {
      if (held) {
        await leases
          .release(POLLING_LEASE, owner)
          .catch((err: unknown) => log.warn({ err }, 'could not release the polling lease'));
        log.info({ owner }, 'polling stopped, lease released');
      }
    }
  }

  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const done = run();
  // started never resolves when the token is rejected: reject it with the same error.
  const startedOrFailed = Promise.race([started, done.then(() => undefined)]);
  void done.catch(() => undefined);

  return {
    started: startedOrFailed,
    done,
    async stop() {
      stopping = true;
      wakeUp();
      inFlight?.abort();
      await done.catch(() => undefined);
    },
  };
}
