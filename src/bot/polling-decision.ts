import { BotApiFailure } from '../telegram/bot-api-failure.js';

/**
 * Pure decisions of the polling loop (src/bot/polling.ts): who polls, and what to do after a
 * failed getUpdates. Only one instance of a bot polls at a time, through the named lease `polling`.
 */

export const POLLING_LEASE = 'polling';

export interface PollingTiming {
  /** How long the polling lease lasts without renewal: a dead poller is replaced after at most this. */
  leaseTtlMs: number;
  /** The poller renews its lease this often (well within the TTL, so one slow renewal is harmless). */
  renewEveryMs: number;
  /** An instance that does not poll asks for the lease this often. */
  retryLeaseMs: number;
  /** getUpdates long-poll timeout (Telegram allows up to 50). */
  longPollSeconds: number;
}

export const DEFAULT_POLLING_TIMING: PollingTiming = {
  leaseTtlMs: 10_000,
  renewEveryMs: 3_000,
  retryLeaseMs: 2_000,
  longPollSeconds: 25,
};

/**
 * Whether the poller may take a batch of updates as still its own without asking the database: it
 * confirmed its lease (taken or renewed, asked at `confirmedAt`) less than a renewal period ago, so
 * the lease runs for most of its TTL yet and no other instance can have taken it. Asking costs a
 * write per getUpdates batch, which at a steady trickle of updates is a write per update. Pure.
 */
export function leaseStillHeld(confirmedAt: number, now: number, timing: PollingTiming): boolean {
  const age = now - confirmedAt;
  return age >= 0 && age < Math.min(timing.renewEveryMs, timing.leaseTtlMs);
}

export type PollFailure =
  | { kind: 'unauthorized' }
  /** 409: someone else polls with this token (another deployment), or a webhook is set. */
  | { kind: 'conflict' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  /** Network errors, 5xx, anything else: worth retrying. */
  | { kind: 'failed' };

/** Reads a failed getUpdates (or getMe, deleteWebhook) as what the polling loop does about it. */
export function classifyPollError(error: unknown): PollFailure {
  if (!(error instanceof BotApiFailure)) return { kind: 'failed' };
  switch (error.kind) {
    case 'unauthorized':
      return { kind: 'unauthorized' };
    case 'conflict':
      return { kind: 'conflict' };
    case 'rate-limited': {
      const retryAfter = error.retryAfter;
      return {
        kind: 'rate-limited',
        retryAfterSeconds: retryAfter !== undefined && retryAfter > 0 ? retryAfter : 5,
      };
    }
    default:
      return { kind: 'failed' };
  }
}

export interface PollFailureState {
  /** Consecutive failures other than conflicts (reset by a successful getUpdates). */
  failures: number;
  /** Conflicts in the current episode; an episode ends after CONFLICT_QUIET_MS without one. */
  conflicts: number;
  lastConflictAt: number | null;
}

export const INITIAL_FAILURE_STATE: PollFailureState = { failures: 0, conflicts: 0, lastConflictAt: null };

/**
 * Conflicts are counted per episode rather than per streak: two deployments polling one token take
 * turns succeeding, and a streak would reset at every turn. Ten quiet minutes end an episode.
 */
export const CONFLICT_QUIET_MS = 10 * 60_000;
const CONFLICT_FIRST_PAUSE_MS = 2_000;
const CONFLICT_MAX_PAUSE_MS = 60_000;
const FAILURE_FIRST_PAUSE_MS = 1_000;
const FAILURE_MAX_PAUSE_MS = 30_000;

export type PollFailureAction =
  | { kind: 'fatal' }
  /** `log`: warn for what an operator should see, debug for the repeats of a conflict episode. */
  | { kind: 'retry'; pauseMs: number; log: 'warn' | 'debug' };

/** After a successful getUpdates: failures start over; a conflict episode ends only when quiet. */
export function afterPollSuccess(state: PollFailureState): PollFailureState {
  return state.failures === 0 ? state : { ...state, failures: 0 };
}

/** What to do after a failed getUpdates at time `at`: never a tight loop, a conflict warned once per episode. */
export function afterPollFailure(
  state: PollFailureState,
  failure: PollFailure,
  at: number,
): { state: PollFailureState; action: PollFailureAction } {
  switch (failure.kind) {
    case 'unauthorized':
      return { state, action: { kind: 'fatal' } };
    case 'conflict': {
      const newEpisode = state.lastConflictAt === null || at - state.lastConflictAt > CONFLICT_QUIET_MS;
      const conflicts = newEpisode ? 1 : state.conflicts + 1;
      const pauseMs = Math.min(CONFLICT_MAX_PAUSE_MS, CONFLICT_FIRST_PAUSE_MS * 2 ** (conflicts - 1));
      return {
        state: { ...state, conflicts, lastConflictAt: at },
        action: { kind: 'retry', pauseMs, log: newEpisode ? 'warn' : 'debug' },
      };
    }
    case 'rate-limited':
      return {
        state: { ...state, failures: state.failures + 1 },
        action: { kind: 'retry', pauseMs: failure.retryAfterSeconds * 1000, log: 'warn' },
      };
    case 'failed': {
      const failures = state.failures + 1;
      const pauseMs = Math.min(FAILURE_MAX_PAUSE_MS, FAILURE_FIRST_PAUSE_MS * 2 ** (failures - 1));
      return { state: { ...state, failures }, action: { kind: 'retry', pauseMs, log: 'warn' } };
    }
  }
}
