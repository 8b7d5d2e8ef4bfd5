import type { Logger } from 'pino';
import { fullJitterDelay, type BackoffPolicy } from './backoff.js';
import { BotApiFailure } from '../telegram/bot-api-failure.js';
import { errorText, type Scrub } from './error-text.js';
import type { SharedSendBudget } from './shared-budget.js';
import { createSlidingWindow, type SlidingWindow } from './sliding-window.js';
import { createTickWaits, tickAtOrAfter } from './tick-waits.js';
import type {
  OutgoingMessage,
  SendOutcome,
  Sender,
  SenderClock,
  SenderLimits,
  SenderStats,
} from './types.js';

export interface SenderDeps<M extends OutgoingMessage> {
  /**
   * Performs the Bot API call; resolves to the message ids. Limits count one call per
   * message, so queue each part of a long text as its own message (per-chat order is kept).
   */
  transmit: (message: M) => Promise<number[]>;
  limits: SenderLimits;
  clock: SenderClock;
  random?: () => number;
  log: Logger;
  /** Transmissions per message before a transient failure is final (429s do not count). */
  maxAttempts?: number;
  backoff?: BackoffPolicy;
  /**
   * Added to every window (default 0). Requests reach Telegram after varying network
   * delays, so two starts exactly one window apart may arrive closer; a few ms of
   * slack absorbs that at a matching cost in throughput.
   */
  windowSlackMs?: number;
  /**
   * Applied to every error text the sender hands back (stored in deliveries, shown in reports):
   * telegraf quotes the request URL, token included, in some errors. The same as the logs' scrubbing.
   */
  scrub?: Scrub;
  /** The budget shared with the other instances (through the database), taken right before each request. */
  budget?: SharedSendBudget;
}

/** A message in the queue, with its place (seq) and its tries so far. */
interface QueuedMessage<M> {
  seq: number;
  message: M;
  attempts: number;
  notBefore: number;
  resolve: (outcome: SendOutcome) => void;
}

/** What may go now (its index in its list), or when to look again (null: when something changes). */
type Next = { index: number } | { wakeAt: number | null };

const SECOND_MS = 1_000;
/** Used when a 429 carries no retry_after (the Bot API always sends one, proxies may not). */
const DEFAULT_RETRY_AFTER_S = 5;
const MINUTE_MS = 60_000;

/**
 * One outgoing queue for bulk traffic (digests, broadcasts). A single loop starts
 * requests in FIFO order, skipping past messages whose chat must still wait, so one
 * slow chat never holds up the rest. Messages to the same chat go out strictly in order.
 */
export function createSender<M extends OutgoingMessage>(deps: SenderDeps<M>): Sender<M> {
  const { transmit, limits, clock, log } = deps;
  const random = deps.random ?? Math.random;
  const maxAttempts = deps.maxAttempts ?? 5;
  const backoff = deps.backoff ?? { baseMs: 1_000, capMs: 60_000 };
  const slack = deps.windowSlackMs ?? 0;
  const scrub = deps.scrub ?? ((text: string) => text);
  const secondWindowMs = SECOND_MS + slack;
  const minuteWindowMs = MINUTE_MS + slack;
  if (!(limits.maxInFlight >= 1)) throw new RangeError(`maxInFlight must be >= 1, got ${limits.maxInFlight}`);

  const queue: QueuedMessage<M>[] = [];
  const busyChats = new Set<number>();
  const overall = createSlidingWindow(limits.perSecond, secondWindowMs);
  const perChat = new Map<number, SlidingWindow>();
  const perGroup = new Map<number, SlidingWindow>();
  const counts = { sent: 0, blocked: 0, failed: 0, migrated: 0, rateLimited: 0, retried: 0 };
  // Starts are spread evenly (1/perSecond apart) rather than burst up to the window: a 429 then
  // comes back before the next request leaves, so nothing is sent while Telegram says wait. At high
  // rates (paid broadcasts) a timer wakes later than a pace of a millisecond or two, so a little
  // lateness may be made up (a virtual schedule, GCRA-style) instead of being lost.
  const paceMs = SECOND_MS / limits.perSecond;
  const catchUpMs = paceMs < 10 ? 10 : 0;
  // Lateness up to catchUpMs is made up, so the loop may wake that late: on a grid of that size,
  // one timer wakes it for every start due in the tick instead of one timer per start.
  const ticks = createTickWaits(clock);
  let nextStartAt = Number.NEGATIVE_INFINITY;
  let inFlight = 0;
  let pausedUntil = 0;
  let nextSeq = 0;
  let pumping = false;
  let wake: (() => void) | null = null;
  let idleWaiters: Array<() => void> = [];

  const chatWindow = (chatId: number) => windowFor(perChat, chatId, limits.perChatPerSecond, secondWindowMs);
  const groupWindow = (chatId: number) =>
    windowFor(perGroup, chatId, limits.perGroupPerMinute, minuteWindowMs);

  /**
   * Replies waiting for a slot of the overall limit, served before any queued bulk message; a reply
   * into a group or channel (negative chat id) also waits for that chat's per-minute limit, which
   * it shares with bulk sends there.
   */
  const replies: Array<{ resolve: () => void; groupId: number | null }> = [];
  const pendingByGroup = new Map<number, number>();

  /** The first reply that may go now, or when the next one may. */
  function nextReply(now: number): Next {
    const overallAt = Math.max(overallFreeAt(now), pausedUntil);
    if (overallAt > now) return { wakeAt: overallAt };
    let wakeAt = Number.POSITIVE_INFINITY;
    for (let index = 0; index < replies.length; index++) {
      const { groupId } = replies[index]!;
      const readyAt = groupId === null ? now : groupWindow(groupId).freeAt(now);
      if (readyAt <= now) return { index };
      wakeAt = Math.min(wakeAt, readyAt);
    }
    return { wakeAt };
  }

  /** When the overall limit (window and pace) lets the next message start. */
  const overallFreeAt = (now: number) => Math.max(overall.freeAt(now), nextStartAt - catchUpMs);

  function takeOverallSlot(at: number): void {
    nextStartAt = Math.max(nextStartAt, at - catchUpMs) + paceMs;
    overall.record(at);
  }

  function choose(now: number): Next {
    if (now < pausedUntil) return { wakeAt: pausedUntil };
    if (inFlight >= limits.maxInFlight) return { wakeAt: null };
    const overallFree = overallFreeAt(now);
    if (overallFree > now) return { wakeAt: overallFree };
    let wakeAt: number | null = null;
    const chatsAhead = new Set<number>();
    for (let index = 0; index < queue.length; index++) {
      const job = queue[index] as QueuedMessage<M>;
      const { chatId, chatType } = job.message;
      // Only the oldest queued message of a chat may go, and only when none is in flight.
      if (chatsAhead.has(chatId)) continue;
      chatsAhead.add(chatId);
      if (busyChats.has(chatId)) continue;
      let readyAt = Math.max(job.notBefore, chatWindow(chatId).freeAt(now));
      if (chatType !== 'private') readyAt = Math.max(readyAt, groupWindow(chatId).freeAt(now));
      if (readyAt <= now) return { index };
      wakeAt = wakeAt === null ? readyAt : Math.min(wakeAt, readyAt);
    }
    return { wakeAt };
  }

  function start(index: number): void {
    const [job] = queue.splice(index, 1) as [QueuedMessage<M>];
    const { chatId, chatType } = job.message;
    inFlight++;
    busyChats.add(chatId);
    job.attempts++;
    const budget = deps.budget;
    // The in-flight place and the chat are held while the shared budget makes us wait, so the
    // local order and limits still hold.
    const pending: Promise<number[]> = budget
      ? budget.take(chatId, chatType).then(() => transmit(job.message))
      : (() => {
          try {
            return transmit(job.message);
          } catch (err) {
            return Promise.reject(err);
          }
        })();
    // Recorded after transmit began, so a limiter that clocks the request itself never
    // sees our starts earlier than it did.
    const startedAt = clock.now();
    takeOverallSlot(startedAt);
    chatWindow(chatId).record(startedAt);
    if (chatType !== 'private') groupWindow(chatId).record(startedAt);
    pending.then(
      (messageIds) => finish(job, { status: 'sent', messageIds }),
      (err: unknown) => handleError(job, err),
    );
  }

  function finish(job: QueuedMessage<M>, outcome: SendOutcome): void {
    release(job);
    counts[outcome.status]++;
    job.resolve(outcome);
    afterCompletion();
  }

  function requeue(job: QueuedMessage<M>): void {
    release(job);
    insertBySeq(queue, job);
    afterCompletion();
  }

  function pauseAll(retryAfterMs: number): void {
    pausedUntil = Math.max(pausedUntil, clock.now() + retryAfterMs);
    deps.budget
      ?.pause(pausedUntil)
      .catch((err: unknown) =>
        log.warn({ err: errorText(err, scrub) }, 'could not share a rate limit pause'),
      );
  }

  function release(job: QueuedMessage<M>): void {
    inFlight--;
    busyChats.delete(job.message.chatId);
  }

  function handleError(job: QueuedMessage<M>, err: unknown): void {
    const chatId = job.message.chatId;
    // Not a Bot API failure (the database behind `begin`, a bug): final, as a bad request.
    if (!(err instanceof BotApiFailure)) {
      const error = errorText(err, scrub);
      log.warn({ chatId, error }, 'send failed before reaching telegram');
      return finish(job, { status: 'failed', error, attempts: job.attempts });
    }
    switch (err.kind) {
      case 'rate-limited': {
        const retryAfterMs = (err.retryAfter ?? DEFAULT_RETRY_AFTER_S) * 1000;
        counts.rateLimited++;
        pauseAll(retryAfterMs);
        log.warn({ chatId, retryAfterMs }, 'telegram rate limit hit, pausing all sends');
        // A 429 is our pacing's fault, not the message's: it does not use up an attempt.
        job.attempts--;
        return requeue(job);
      }
      case 'server':
      case 'network': {
        if (job.attempts >= maxAttempts) {
          const error = scrub(err.detail);
          log.warn({ chatId, attempts: job.attempts, error }, 'send failed after retries');
          return finish(job, { status: 'failed', error, attempts: job.attempts });
        }
        const delayMs = fullJitterDelay(job.attempts, backoff, random);
        job.notBefore = clock.now() + delayMs;
        counts.retried++;
        log.debug({ chatId, attempts: job.attempts, delayMs }, 'transient send error, retrying');
        return requeue(job);
      }
      case 'blocked':
      case 'chat-gone': {
        const reason = err.goneReason ?? 'forbidden';
        log.info({ chatId, reason }, 'chat can no longer receive messages');
        return finish(job, { status: 'blocked', reason });
      }
      case 'migrated':
        if (err.migrateToChatId !== undefined) {
          log.info({ chatId, newChatId: err.migrateToChatId }, 'group migrated to supergroup');
          return finish(job, { status: 'migrated', newChatId: err.migrateToChatId });
        }
        break;
      default:
        break;
    }
    const description = scrub(err.detail);
    log.warn({ chatId, description }, 'send rejected by telegram');
    return finish(job, { status: 'failed', error: description, attempts: job.attempts });
  }

  function afterCompletion(): void {
    if (queue.length === 0 && inFlight === 0) {
      forgetQuietChats(clock.now());
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
    kick();
  }

  // Limiter state for chats that went quiet can no longer affect a decision.
  function forgetQuietChats(now: number): void {
    for (const [chatId, w] of perChat) if (w.lastAt() <= now - secondWindowMs) perChat.delete(chatId);
    for (const [chatId, w] of perGroup) if (w.lastAt() <= now - minuteWindowMs) perGroup.delete(chatId);
  }

  function kick(): void {
    const wakeLoop = wake;
    wake = null;
    wakeLoop?.();
    if (!pumping && (queue.length > 0 || replies.length > 0)) void pump();
  }

  async function pump(): Promise<void> {
    pumping = true;
    try {
      while (queue.length > 0 || replies.length > 0) {
        const now = clock.now();
        // A 429 is Telegram's word for the whole bot: replies wait it out too.
        const reply = replies.length > 0 ? nextReply(now) : null;
        if (reply && 'index' in reply) {
          takeOverallSlot(now);
          const [{ resolve, groupId }] = replies.splice(reply.index, 1) as [(typeof replies)[number]];
          if (groupId !== null) {
            groupWindow(groupId).record(now);
            const left = (pendingByGroup.get(groupId) ?? 1) - 1;
            if (left > 0) pendingByGroup.set(groupId, left);
            else pendingByGroup.delete(groupId);
          }
          resolve();
          continue;
        }
        // Replies waiting only for their group's minute must not hold up bulk sends to other chats.
        const bulk = choose(now);
        if ('index' in bulk) {
          start(bulk.index);
          continue;
        }
        const wakeAt = reply === null ? bulk.wakeAt : minWake(reply.wakeAt, bulk.wakeAt);
        await new Promise<void>((resolve) => {
          wake = resolve;
          if (wakeAt !== null) void ticks.until(tickAtOrAfter(wakeAt, catchUpMs)).then(resolve);
        });
      }
    } catch (err) {
      log.error({ err }, 'sender loop crashed');
    } finally {
      pumping = false;
    }
  }

  return {
    send(message) {
      return new Promise<SendOutcome>((resolve) => {
        queue.push({ seq: nextSeq++, message, attempts: 0, notBefore: 0, resolve });
        kick();
      });
    },
    reserveSlot(chatId) {
      const local = new Promise<void>((resolve) => {
        const groupId = chatId !== undefined && chatId < 0 ? chatId : null;
        if (groupId !== null) pendingByGroup.set(groupId, (pendingByGroup.get(groupId) ?? 0) + 1);
        replies.push({ resolve, groupId });
        kick();
      });
      const budget = deps.budget;
      if (!budget) return local;
      const chatType = chatId !== undefined && chatId < 0 ? 'group' : 'private';
      // A database that does not answer must not silence replies: they keep the local limits.
      return local.then(() =>
        budget
          .take(chatId, chatType)
          .catch((err: unknown) =>
            log.warn({ err: errorText(err, scrub) }, 'shared send budget unavailable'),
          ),
      );
    },
    pauseAll,
    pendingReplies(chatId) {
      return pendingByGroup.get(chatId) ?? 0;
    },
    stats(): SenderStats {
      return { queued: queue.length, inFlight, ...counts, pausedUntil };
    },
    idle() {
      if (queue.length === 0 && inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}

function minWake(a: number | null, b: number | null): number | null {
  const earliest = Math.min(a ?? Number.POSITIVE_INFINITY, b ?? Number.POSITIVE_INFINITY);
  return Number.isFinite(earliest) ? earliest : null;
}

function windowFor(
  map: Map<number, SlidingWindow>,
  chatId: number,
  limit: number,
  windowMs: number,
): SlidingWindow {
  let w = map.get(chatId);
  if (!w) {
    w = createSlidingWindow(limit, windowMs);
    map.set(chatId, w);
  }
  return w;
}

function insertBySeq<M>(queue: QueuedMessage<M>[], job: QueuedMessage<M>): void {
  let index = queue.length;
  while (index > 0 && (queue[index - 1] as QueuedMessage<M>).seq > job.seq) index--;
  queue.splice(index, 0, job);
}
