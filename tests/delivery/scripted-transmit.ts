import { TelegramError } from 'telegraf';
import type { OutgoingMessage } from '../../src/delivery/types.js';
import { toBotApiFailure } from '../../src/telegram/bot-api-failure.js';
import type { VirtualClock } from './virtual-clock.js';

export interface TestMessage extends OutgoingMessage {
  label: string;
}

export interface Call {
  label: string;
  chatId: number;
  startedAt: number;
}

/** What one call does: resolve after `latencyMs`, or throw `error` after it. */
export type Step = { latencyMs?: number; error?: unknown };

/**
 * A fake Bot API call that records every start and plays the script for each call. A scripted
 * error (telegraf's TelegramError, a socket error) is thrown as the app's one client throws it.
 */
export function scriptedTransmit(
  clock: VirtualClock,
  script: (call: Call, index: number) => Step = () => ({}),
) {
  const calls: Call[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let nextId = 1;
  async function transmit(m: TestMessage): Promise<number[]> {
    const call = { label: m.label, chatId: m.chatId, startedAt: clock.now() };
    const step = script(call, calls.length);
    calls.push(call);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await clock.sleep(step.latencyMs ?? 50);
      if (step.error !== undefined) throw toBotApiFailure(step.error, 'sendMessage', { chatId: m.chatId });
      return [nextId++];
    } finally {
      inFlight--;
    }
  }
  return { transmit, calls, maxInFlight: () => maxInFlight };
}

export const tooManyRequests = (retryAfterSeconds: number) =>
  new TelegramError({
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfterSeconds}`,
    parameters: { retry_after: retryAfterSeconds },
  });

export const telegramError = (code: number, description: string) =>
  new TelegramError({ error_code: code, description });

export const privateMessage = (chatId: number, label = `m${chatId}`): TestMessage => ({
  chatId,
  chatType: 'private',
  label,
});

/** Largest number of starts inside any window [t, t + windowMs) beginning at a start. */
export function busiestWindow(startTimes: number[], windowMs: number): number {
  const sorted = [...startTimes].sort((a, b) => a - b);
  let best = 0;
  let tail = 0;
  for (let head = 0; head < sorted.length; head++) {
    while ((sorted[tail] as number) <= (sorted[head] as number) - windowMs) tail++;
    best = Math.max(best, head - tail + 1);
  }
  return best;
}
