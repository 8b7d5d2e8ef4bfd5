import type { RateKey, RateStore } from '../store/store.js';
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

export function createSharedBudget(deps: SharedBudgetDeps): SharedSendBudget {
  const { rates, limits, clock } = deps;
  const slack = deps.windowSlackMs ?? 0;
  return {
    async take(chatId, chatType) {
      const keys = budgetKeys(limits, chatId, chatType, slack);
      for (;;) {
        const at = await rates.reserve(keys, clock.now());
        const wait = at - clock.now();
        if (wait > 0) await clock.sleep(wait);
        // A 429 that came in while we waited (on any instance) voids the slot: reserve again, after it.
        if ((await rates.pausedUntil(OVERALL_KEY)) <= clock.now()) return;
      }
    },
    async pause(until) {
      await rates.pause(OVERALL_KEY, until);
    },
  };
}
