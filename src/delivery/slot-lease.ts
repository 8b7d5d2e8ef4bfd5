/**
 * Slots of the overall send limit reserved ahead in the shared budget (a few at a time, in one
 * transaction) and handed out one per reply, so that a reply costs no transaction in the common
 * case. Each slot is a real grant of the shared budget: handing them out one by one can never put
 * more sends into a window than the budget allows across instances, and a slot that passes unused
 * is given up, which never exceeds a limit either. Pure: the caller passes the time.
 */
export interface SlotLease {
  /**
   * The earliest held slot not before `earliest − lateMs`, taken out of the lease; undefined when
   * none is held. Slots already more than `lateMs` in the past at `now` are dropped first.
   */
  take(earliest: number, now: number): number | undefined;
  /** Slots just reserved. */
  add(times: readonly number[]): void;
  /** A 429 voids every slot before its end. */
  dropBefore(time: number): void;
  readonly size: number;
}

export function createSlotLease(lateMs: number): SlotLease {
  // Ascending: slots reserved on one key come in order, and every take wants the earliest that fits.
  let slots: number[] = [];
  const dropBefore = (time: number) => {
    let first = 0;
    while (first < slots.length && slots[first]! < time) first++;
    if (first > 0) slots = slots.slice(first);
  };
  return {
    take(earliest, now) {
      dropBefore(now - lateMs);
      const index = slots.findIndex((slot) => slot >= earliest - lateMs);
      if (index < 0) return undefined;
      const [slot] = slots.splice(index, 1);
      return slot;
    },
    add(times) {
      slots = [...slots, ...times].sort((a, b) => a - b);
    },
    dropBefore,
    get size() {
      return slots.length;
    },
  };
}

/** How many slots one lease reserves: about `windowMs` worth at `intervalMs` apart, at least one, at most `max`. */
export function leaseChunk(intervalMs: number, windowMs: number, max: number): number {
  return Math.max(1, Math.min(max, Math.floor(windowMs / intervalMs)));
}
