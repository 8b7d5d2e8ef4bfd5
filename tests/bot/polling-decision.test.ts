import { TelegramError } from 'telegraf';
import { describe, expect, it } from 'vitest';
import {
  afterPollFailure,
  afterPollSuccess,
  classifyPollError,
  CONFLICT_QUIET_MS,
  DEFAULT_POLLING_TIMING,
  INITIAL_FAILURE_STATE,
  leaseStillHeld,
  type PollFailure,
  type PollFailureState,
} from '../../src/bot/polling-decision.js';
import { toBotApiFailure } from '../../src/telegram/bot-api-failure.js';

/** A getUpdates failure as the app's client throws it: Telegram's answer read by toBotApiFailure. */
const answer = (error_code: number, parameters?: { retry_after: number }) =>
  toBotApiFailure(
    new TelegramError({ error_code, description: 'x', ...(parameters && { parameters }) }),
    'getUpdates',
  );

describe('classifyPollError', () => {
  it('reads Telegram error codes; anything else is worth a retry', () => {
    expect(classifyPollError(answer(401))).toEqual({ kind: 'unauthorized' });
    expect(classifyPollError(answer(409))).toEqual({ kind: 'conflict' });
    expect(classifyPollError(answer(429, { retry_after: 7 }))).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 7,
    });
    expect(classifyPollError(answer(429))).toEqual({ kind: 'rate-limited', retryAfterSeconds: 5 });
    expect(classifyPollError(answer(502))).toEqual({ kind: 'failed' });
    expect(classifyPollError(toBotApiFailure(new Error('ECONNRESET'), 'getUpdates'))).toEqual({
      kind: 'failed',
    });
    expect(classifyPollError(null)).toEqual({ kind: 'failed' });
  });
});

/** Feeds failures (and successes, as null) at the given times; returns the actions taken. */
function run(events: Array<[at: number, failure: PollFailure | null]>) {
  let state: PollFailureState = INITIAL_FAILURE_STATE;
  const actions = [];
  for (const [at, failure] of events) {
    if (failure === null) {
      state = afterPollSuccess(state);
      continue;
    }
    const next = afterPollFailure(state, failure, at);
    state = next.state;
    actions.push(next.action);
  }
  return actions;
}

describe('afterPollFailure', () => {
  const conflict: PollFailure = { kind: 'conflict' };

  it('ends polling only on a rejected token', () => {
    expect(run([[0, { kind: 'unauthorized' }]])).toEqual([{ kind: 'fatal' }]);
  });

  it('warns about a conflict once per episode and backs off to a minute, even when polls succeed in between', () => {
    const actions = run([
      [0, conflict],
      [2_000, null],
      [3_000, conflict],
      [8_000, conflict],
      [20_000, null],
      [30_000, conflict],
      [70_000, conflict],
      [140_000, conflict],
      [210_000, conflict],
    ]);
    expect(actions.map((a) => (a.kind === 'retry' ? [a.pauseMs, a.log] : a.kind))).toEqual([
      [2_000, 'warn'],
      [4_000, 'debug'],
      [8_000, 'debug'],
      [16_000, 'debug'],
      [32_000, 'debug'],
      [60_000, 'debug'],
      [60_000, 'debug'],
    ]);
  });

  it('starts a new episode, warned again, after a long quiet spell', () => {
    const actions = run([
      [0, conflict],
      [1_000, conflict],
      [1_000 + CONFLICT_QUIET_MS + 1, conflict],
    ]);
    expect(actions.at(-1)).toEqual({ kind: 'retry', pauseMs: 2_000, log: 'warn' });
  });

  it('backs off network failures exponentially up to 30 s, from the start again after a success', () => {
    const failed: PollFailure = { kind: 'failed' };
    const pauses = run([
      [0, failed],
      [0, failed],
      [0, failed],
      [0, failed],
      [0, failed],
      [0, failed],
      [0, failed],
      [0, null],
      [0, failed],
    ]).map((a) => (a.kind === 'retry' ? a.pauseMs : -1));
    expect(pauses).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 1_000]);
  });

  it('waits out a 429 as Telegram asks', () => {
    expect(run([[0, { kind: 'rate-limited', retryAfterSeconds: 12 }]])).toEqual([
      { kind: 'retry', pauseMs: 12_000, log: 'warn' },
    ]);
  });
});

describe('leaseStillHeld', () => {
  const timing = { ...DEFAULT_POLLING_TIMING, leaseTtlMs: 10_000, renewEveryMs: 3_000 };

  it('takes a batch as the poller’s own only within a renewal period of confirming the lease', () => {
    expect(leaseStillHeld(50_000, 50_000, timing)).toBe(true);
    expect(leaseStillHeld(50_000, 52_999, timing)).toBe(true);
    expect(leaseStillHeld(50_000, 53_000, timing)).toBe(false);
    expect(leaseStillHeld(Number.NEGATIVE_INFINITY, 50_000, timing)).toBe(false);
  });

  it('asks again when the clock went back, and never past the TTL however slow the renewals', () => {
    expect(leaseStillHeld(50_000, 49_000, timing)).toBe(false);
    const slowRenewals = { ...timing, renewEveryMs: 20_000 };
    expect(leaseStillHeld(50_000, 59_999, slowRenewals)).toBe(true);
    expect(leaseStillHeld(50_000, 60_000, slowRenewals)).toBe(false);
  });
});
