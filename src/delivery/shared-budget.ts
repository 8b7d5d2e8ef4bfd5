import type { RateKey, RateRequest, RateStore } from '../store/store.js';
import { batchSpaced } from '../batching/batch-calls.js';
import { createTickWaits, slotGrid, tickAtOrBefore } from './tick-waits.js';
import type { OutgoingMessage, SenderClock, SenderLimits } from './types.js';

/**
 * Telegram's limits are per token, not per process: every instance of the bot draws on one budget
 * kept in the database (`store.rates`), so several instances together stay within them. The sender
 * paces itself locally first; this is the last gate before a request goes out.
 */
export interface SharedSendBudget {
  /** Waits until a message to this chat may start across all instances, and takes that slot. No chat: the overall limit only. */
  take(chatId: number | undefined, chatType: OutgoingMessage['chatType']): Promise<void>;
  /** Telegram answered 429: no instance sends before `until`. */
  pause(until: number): Promise<void>;
}

const OVERALL_KEY = 'send';

/** The rate keys one message draws on: the overall limit, its chat's, and its group's. Pure. */
export function budgetKeys(
  limits: Pick<SenderLimits, 'perSecond' | 'perChatPerSecond' | 'perGroupPerMinute'>,
  chatId: number | undefined,
  chatType: OutgoingMessage['chatType'],
  slackMs = 0,
): RateKey[] {
  // Each window is widened by the slack: a timer that wakes a little late, or a request that
  // travels faster than the one before it, must not put one start too many into Telegram's window.
  const keys: RateKey[] = [{ key: OVERALL_KEY, intervalMs: (1_000 + slackMs) / limits.perSecond, burst: 1 }];
  if (chatId === undefined) return keys;
  keys.push({ key: `chat:${chatId}`, intervalMs: (1_000 + slackMs) / limits.perChatPerSecond, burst: 1 });
  // Evenly spaced rather than a burst: a burst of b at one per T allows b + 60 s / T in some minute.
  if (chatType !== 'private')
    keys.push({
      key: `group:${chatId}`,
      intervalMs: (60_000 + slackMs) / limits.perGroupPerMinute,
      burst: 1,
    });
  return keys;
}

export interface SharedBudgetDeps {
  rates: RateStore;
  limits: SenderLimits;
  clock: SenderClock;
  /** Added to every window (default 0), as the sender's `windowSlackMs`: across instances it is this budget's spacing that counts. */
  windowSlackMs?: number;
}

/**
 * How stale this instance's view of another instance's 429 may be when it uses a slot it waited
 * for. Reading it for every message cost a query per message at 1,000/s; a 429 means Telegram
 * already holds every send back for seconds, so a few tens of ms of requests are all this lets by.
 */
export const PAUSE_READ_EVERY_MS = 20;

/**
 * One transaction reserves every send asked for since the previous one began, and they begin at
 * least this far apart: at 1,000/s about ten sends share a transaction, where each paid for its
 * own before (a transaction costs far more than the sends in it).
 */
const GATHER_MS = 10;
/**
 * A slot is asked for at least this far ahead, so it is still ahead when the answer comes (after
 * the gathering and the transaction): a send started late by a varying amount is one that may come
 * too close to the one after it.
 */
const LEAD_MS = 15;
/** How late a granted slot may be used: later, it is given up and another reserved further ahead. */
export const LATE_MS = 10;
/** The lead doubles after each slot given up, up to this. */
const MAX_LEAD_MS = 1_000;
/** Sends reserved in one transaction at most. */
const MAX_BATCH = 256;
/**
 * Sends whose slots fall in the same 10 ms wake together, on one timer, up to 10 ms before their
 * slot. Slots are spaced (window + slack) / limit apart, so a start at most `early` before and
 * `LATE_MS` after its slot never puts more than the limit in any window while early + LATE_MS ≤
 * slack (slotGrid): the 30 ms of the app's budget leave room for 10 early and 10 late.
 */
const MAX_SLOT_GRID_MS = 10;

/** How early (ms) a budget with this window slack starts a send before its slot: 10 for the app's 30, 0 without slack. */
export const budgetSlotGrid = (windowSlackMs: number) => slotGrid(windowSlackMs, LATE_MS, MAX_SLOT_GRID_MS);

export function createSharedBudget(deps: SharedBudgetDeps): SharedSendBudget {
  const { rates, limits, clock } = deps;
  const slack = deps.windowSlackMs ?? 0;
  const grid = budgetSlotGrid(slack);
  const ticks = createTickWaits(clock);
  // Every take made while a transaction runs waits for the next one, and all of them share it.
  const reserve = batchSpaced<RateRequest, number>((requests) => rates.reserveMany(requests), {
    maxBatch: MAX_BATCH,
    spacingMs: GATHER_MS,
    clock,
  });

  let knownPause = 0;
  let pauseReadAt = Number.NEGATIVE_INFINITY;
  let pauseRead: Promise<number> | null = null;
  /** The shared pause as read at most PAUSE_READ_EVERY_MS ago (one read at a time, shared by every waiter). */
  function sharedPause(): Promise<number> {
    if (clock.now() - pauseReadAt < PAUSE_READ_EVERY_MS) return Promise.resolve(knownPause);
    pauseRead ??= (async () => {
      const readAt = clock.now();
      try {
        knownPause = Math.max(knownPause, await rates.pausedUntil(OVERALL_KEY));
        pauseReadAt = readAt;
        return knownPause;
      } finally {
        pauseRead = null;
      }
    })();
    return pauseRead;
  }

  return {
    async take(chatId, chatType) {
      const keys = budgetKeys(limits, chatId, chatType, slack);
      for (let lead = LEAD_MS; ;) {
        const at = await reserve({ keys, notBefore: Math.max(clock.now() + lead, knownPause) });
        const wait = at - clock.now();
        // The answer came after the slot (a slow transaction): sent now, it would crowd the slots
        // granted after it. It is given up (unused, which never exceeds a limit) and one further
        // ahead is asked for.
        if (wait < -LATE_MS) {
          lead = Math.min(lead * 2, MAX_LEAD_MS);
          continue;
        }
        // Never before a known pause is over: the slot would only be given up again.
        if (wait > 0) await ticks.until(Math.max(tickAtOrBefore(at, grid), knownPause));
        // A 429 that came in while we waited (on any instance) voids the slot: reserve again, after it.
        if ((await sharedPause()) <= clock.now()) return;
      }
    },
    async pause(until) {
      knownPause = Math.max(knownPause, until);
      await rates.pause(OVERALL_KEY, until);
    },
  };
}
