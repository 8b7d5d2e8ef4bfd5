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
): RateKey[] {
  const keys: RateKey[] = [{ key: OVERALL_KEY, intervalMs: 1_000 / limits.perSecond, burst: 1 }];
  if (chatId === undefined) return keys;
  keys.push({ key: `chat:${chatId}`, intervalMs: 1_000 / limits.perChatPerSecond, burst: 1 });
  // Evenly spaced rather than a burst: a burst of b at one per T allows b + 60 s / T in some minute.
  if (chatType !== 'private') keys.push({ key: `group:${chatId}`, intervalMs: 60_000 / limits.perGroupPerMinute, burst: 1 });
  return keys;
}

export function createSharedBudget(deps: { rates: RateStore; limits: SenderLimits; clock: SenderClock }): SharedSendBudget {
  const { rates, limits, clock } = deps;
  return {
    async take(chatId, chatType) {
      const at = await rates.reserve(budgetKeys(limits, chatId, chatType), clock.now());
      const wait = at - clock.now();
      if (wait > 0) await clock.sleep(wait);
    },
    async pause(until) {
      await rates.pause(OVERALL_KEY, until);
    },
  };
}
