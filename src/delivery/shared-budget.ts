import type { RateKey, RateRequest, RateStore } from '../store/store.js';
import { batchCalls } from './batch-calls.js';
import { createSlotLease, leaseChunk } from './slot-lease.js';
import type { OutgoingMessage, SenderClock, SenderLimits } from './types.js';

/**
 * Telegram's limits are per token, not per process: every instance of the bot draws on one budget
 * kept in the database (`store.rates`), so several instances together stay within them. The sender
 * paces itself locally first; this is the last gate before a request goes out.
 */
export interface SharedSendBudget {
  /** Waits until a message to this chat may start across all instances, and takes that slot. No chat: the overall limit only. */
  take(chatId: number | undefined, chatType: OutgoingMessage['chatType']): Promise<void>;
  /**
   * `take` for a reply to an update: the same limits and guarantees, at the cost of no transaction
   * in the common case (the overall limit from a local lease of reserved slots, a private chat's own
   * key in one statement).
   */
  takeReply(chatId: number | undefined, chatType: OutgoingMessage['chatType']): Promise<void>;
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
const LATE_MS = 10;
/** The lead doubles after each slot given up, up to this. */
const MAX_LEAD_MS = 1_000;
/** Sends reserved in one transaction at most. */
const MAX_BATCH = 256;
/**
 * Replies' slots of the overall limit are reserved this far ahead at a time (24 slots at 1,000/s,
 * one at 30/s). Slots that pass unused are given up: while this instance replies, other instances
 * find up to this long of the limit taken ahead of them, which they make up right after.
 */
const LEASE_WINDOW_MS = 25;
const MAX_LEASE = 64;

export function createSharedBudget(deps: SharedBudgetDeps): SharedSendBudget {
  const { rates, limits, clock } = deps;
  const slack = deps.windowSlackMs ?? 0;
  // Every take made while a transaction runs waits for the next one, and all of them share it.
  const reserve = batchCalls<RateRequest, number>((requests) => rates.reserveMany(requests), {
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

  const overallKey = budgetKeys(limits, undefined, 'private', slack)[0]!;
  const lease = createSlotLease(LATE_MS);
  const chunk = leaseChunk(overallKey.intervalMs, LEASE_WINDOW_MS, MAX_LEASE);
  let refill: Promise<void> | null = null;

  /** A slot of the overall limit not before `notBefore` (give or take LATE_MS), from the lease when it holds one. */
  async function overallSlot(notBefore: number): Promise<number> {
    for (;;) {
      const now = clock.now();
      const slot = lease.take(notBefore, now);
      if (slot !== undefined) return slot;
      // Far ahead (a chat that must wait its second): one slot then, not a lease's worth others cannot use.
      if (notBefore > now + LEAD_MS + LEASE_WINDOW_MS)
        return reserve({ keys: [overallKey], notBefore: Math.max(notBefore, knownPause) });
      // One refill at a time, shared by every reply waiting for it; each then takes its own slot.
      refill ??= (async () => {
        try {
          const from = Math.max(notBefore, clock.now() + LEAD_MS, knownPause);
          lease.add(
            await rates.reserveMany(
              Array.from({ length: chunk }, () => ({ keys: [overallKey], notBefore: from })),
            ),
          );
        } finally {
          refill = null;
        }
      })();
      await refill;
    }
  }

  const budget: SharedSendBudget = {
    async takeReply(chatId, chatType) {
      // A group's or channel's reply also draws on its minute: several keys at once, as bulk sends do.
      if (chatId !== undefined && chatType !== 'private') return budget.take(chatId, chatType);
      // The chat's own second stays shared across instances, as for bulk sends: a reply and a digest
      // part another instance sends to the same chat still come a second apart. It costs one atomic
      // upsert of the chat's row, not a transaction; only the overall limit, the one row every send
      // of every instance draws on, is leased locally.
      const chatKey = chatId === undefined ? undefined : budgetKeys(limits, chatId, 'private', slack)[1]!;
      let notBefore = Math.max(clock.now(), knownPause);
      for (;;) {
        // The overall slot first, then the chat's at or after it. Whichever comes later is the start;
        // the other is used at most LATE_MS late, or given up (unused) and both asked for again.
        let at = await overallSlot(notBefore);
        if (chatKey) {
          const chatAt = await rates.reserveOne(chatKey, at);
          if (chatAt - at > LATE_MS) {
            const later = await overallSlot(chatAt);
            if (later - chatAt > LATE_MS) {
              notBefore = later;
              continue;
            }
            at = Math.max(later, chatAt);
          } else at = Math.max(at, chatAt);
        }
        const wait = at - clock.now();
        // A slot that passed while the chat's key was reserved is given up, as in take.
        if (wait < -LATE_MS) {
          notBefore = clock.now();
          continue;
        }
        if (wait > 0) await clock.sleep(wait);
        const pausedUntil = await sharedPause();
        if (pausedUntil <= clock.now()) return;
        // A 429 came in while we waited: every leased slot before its end is void.
        lease.dropBefore(pausedUntil);
        notBefore = pausedUntil;
      }
    },
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
        if (wait > 0) await clock.sleep(wait);
        // A 429 that came in while we waited (on any instance) voids the slot: reserve again, after it.
        if ((await sharedPause()) <= clock.now()) return;
      }
    },
    async pause(until) {
      knownPause = Math.max(knownPause, until);
      await rates.pause(OVERALL_KEY, until);
    },
  };
  return budget;
}
