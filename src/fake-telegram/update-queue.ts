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
  description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
};

/** The update queue behind getUpdates: ids, offsets confirming updates, long polls and waitHandled. */
export class UpdateQueue {
  private queue: Update[] = [];
  private lastUpdateId = 0;
  /** Every update with a smaller id has been confirmed by a getUpdates offset. */
  private confirmedBelow = 1;
  private poller: Poller | undefined;
  private readonly handledWaiters = new Set<HandledWaiter>();
  private closed = false;

  push(update: NewUpdate): number {
    const updateId = ++this.lastUpdateId;
    this.queue.push({ update_id: updateId, ...update } as Update);
    this.poller?.wake();
    return updateId;
  }

  /** deleteWebhook with drop_pending_updates. */
  dropPending(): void {
    this.queue = [];
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
    if (updateId < this.confirmedBelow) return Promise.resolve();
    if (updateId > this.lastUpdateId) return Promise.reject(new Error(`update ${updateId} was never pushed`));
    if (this.closed) return Promise.reject(new Error('the fake Bot API is closed'));
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.handledWaiters.delete(waiter);
        reject(new Error(`update ${updateId} was not handled within ${timeoutMs} ms (no getUpdates with a higher offset)`));
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
