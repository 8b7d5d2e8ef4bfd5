import type { Update } from 'telegraf/types';
import { ApiError } from './api-error.js';
import type { NewUpdate } from './types.js';

interface Poller {
  /** Answers the pending getUpdates with whatever is queued now. */
  wake(): void;
  fail(error: ApiError): void;
}

interface HandledWaiter {
  updateId: number;
  resolve(): void;
  reject(error: Error): void;
}

export interface GetUpdatesRequest {
  offset: number;
  limit: number;
  timeoutMs: number;
  /** Aborted when the client goes away; the long poll then ends without delivering. */
  signal: AbortSignal;
}

const CONFLICT = {
  error_code: 409,
  description:
    'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
};

/**
 * The update queue behind getUpdates and webhook delivery: ids, offsets (or webhook answers)
 * confirming updates, long polls and waitHandled.
 */
export class UpdateQueue {
  private queue: Update[] = [];
  /** Every update ever pushed, so that a confirmed one can be re-sent as Telegram sometimes does. */
  private readonly history = new Map<number, Update>();
  /** Confirmed one by one by a webhook's 2xx answer. */
  private readonly acked = new Set<number>();
  /** Called when an update is queued (webhook delivery starts sending). */
  onQueued: (() => void) | undefined;
  private lastUpdateId = 0;
  /** Every update with a smaller id has been confirmed by a getUpdates offset. */
  private confirmedBelow = 1;
  private poller: Poller | undefined;
  private readonly handledWaiters = new Set<HandledWaiter>();
  private closed = false;

  push(update: NewUpdate): number {
    const updateId = ++this.lastUpdateId;
    const full = { update_id: updateId, ...update } as Update;
    this.history.set(updateId, full);
    this.queue.push(full);
    this.poller?.wake();
    this.onQueued?.();
    return updateId;
  }

  /** Updates not confirmed yet, in update_id order. */
  pending(): readonly Update[] {
    return this.queue;
  }

  /** A webhook answered 2xx for the update: it is confirmed. */
  ack(updateId: number): void {
    this.queue = this.queue.filter((u) => u.update_id !== updateId);
    this.acked.add(updateId);
    for (const waiter of this.handledWaiters) {
      if (waiter.updateId === updateId) {
        this.handledWaiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  /** Queues a confirmed update again, same id and content (Telegram re-sending it). */
  resend(updateId: number): void {
    const update = this.history.get(updateId);
    if (!update) throw new Error(`update ${updateId} was never pushed`);
    this.acked.delete(updateId);
    if (this.queue.some((u) => u.update_id === updateId)) return;
    this.queue = [...this.queue, update].sort((a, b) => a.update_id - b.update_id);
    this.onQueued?.();
  }

  /** deleteWebhook with drop_pending_updates. */
  dropPending(): void {
    this.queue = [];
  }

  /** A webhook was set: a pending long poll ends, as Telegram ends it. */
  failPoller(error: ApiError): void {
    this.poller?.fail(error);
  }

  async getUpdates(request: GetUpdatesRequest): Promise<Update[]> {
    this.confirm(request.offset);
    const ready = this.queue.slice(0, request.limit);
    if (ready.length > 0 || request.timeoutMs <= 0 || this.closed) return ready;
    // Telegram allows one long poll per bot: a newer one ends the older with 409.
    this.poller?.fail(new ApiError(CONFLICT));
    return new Promise<Update[]>((resolve, reject) => {
      const settle = (): void => {
        clearTimeout(timer);
        request.signal.removeEventListener('abort', end);
        if (this.poller === poller) this.poller = undefined;
      };
      const end = (): void => {
        settle();
        resolve([]);
      };
      const poller: Poller = {
        wake: () => {
          settle();
          resolve(this.queue.slice(0, request.limit));
        },
        fail: (error) => {
          settle();
          reject(error);
        },
      };
      const timer = setTimeout(end, request.timeoutMs);
      request.signal.addEventListener('abort', end);
      this.poller = poller;
    });
  }

  waitHandled(updateId: number, timeoutMs: number): Promise<void> {
    if (updateId < this.confirmedBelow || this.acked.has(updateId)) return Promise.resolve();
    if (updateId > this.lastUpdateId) return Promise.reject(new Error(`update ${updateId} was never pushed`));
    if (this.closed) return Promise.reject(new Error('the fake Bot API is closed'));
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.handledWaiters.delete(waiter);
        reject(
          new Error(
            `update ${updateId} was not handled within ${timeoutMs} ms (no getUpdates with a higher offset)`,
          ),
        );
      }, timeoutMs);
      const waiter: HandledWaiter = {
        updateId,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.handledWaiters.add(waiter);
    });
  }

  /** Ends the pending long poll with no updates and fails every waitHandled. */
  close(): void {
    this.closed = true;
    this.poller?.wake();
    for (const waiter of this.handledWaiters) waiter.reject(new Error('the fake Bot API was closed'));
    this.handledWaiters.clear();
  }

  /** Applies getUpdates' offset: positive confirms earlier updates; negative keeps only the last -offset. */
  private confirm(offset: number): void {
    if (offset < 0) {
      this.queue = this.queue.slice(offset);
      return;
    }
    if (offset <= this.confirmedBelow) return;
    this.confirmedBelow = offset;
    this.queue = this.queue.filter((u) => u.update_id >= offset);
    for (const waiter of this.handledWaiters) {
      if (waiter.updateId < offset) {
        this.handledWaiters.delete(waiter);
        waiter.resolve();
      }
    }
  }
}
