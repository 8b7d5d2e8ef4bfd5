import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { BotApiClient } from '../telegram/bot-api-client.js';
import type { RateStore } from '../store/store.js';
import { createTransmit, type BulkMessage } from './bulk-message.js';
import { createSender } from './sender.js';
import { createSharedBudget } from './shared-budget.js';
import type { Sender, SenderClock } from './types.js';

/**
 * Margin added to each window of the budget shared by the instances (≈ 3% of the overall rate):
 * there it is two processes' timers, each possibly late, that decide how close two starts come.
 */
export const SHARED_WINDOW_SLACK_MS = 30;
/** Our clock starts a request a little before it reaches Telegram: keep a margin. */
const LOCAL_WINDOW_SLACK_MS = 15;

export interface BulkSenderDeps {
  delivery: Config['delivery'];
  telegram: BotApiClient;
  rates: RateStore;
  clock: SenderClock;
  log: Logger;
  scrub: (text: string) => string;
}

/** The sender of digests and broadcasts over the one client, within Telegram's limits per token. */
export function createBulkSender(deps: BulkSenderDeps): Sender<BulkMessage> {
  const { delivery, clock } = deps;
  const limits = {
    perSecond: delivery.perSecond,
    perChatPerSecond: delivery.perChatPerSecond,
    perGroupPerMinute: delivery.perGroupPerMinute,
    // Enough requests in flight to reach the overall limit at ~50 ms per request.
    maxInFlight: Math.max(4, Math.ceil(delivery.perSecond / 10)),
  };
  return createSender<BulkMessage>({
    transmit: createTransmit(deps.telegram, { paidBroadcast: delivery.paidBroadcast }),
    limits,
    clock,
    // Telegram's limits are per token: every instance on the database draws on one budget.
    budget: createSharedBudget({ rates: deps.rates, limits, clock, windowSlackMs: SHARED_WINDOW_SLACK_MS }),
    log: deps.log,
    windowSlackMs: LOCAL_WINDOW_SLACK_MS,
    scrub: deps.scrub,
  });
}
