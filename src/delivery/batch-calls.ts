import type { SenderClock } from './types.js';

export interface BatchOptions {
  /** Inputs per batch at most. */
  maxBatch: number;
  /** A batch starts at least this long after the one before it started, gathering the inputs meanwhile. */
  spacingMs: number;
  clock: SenderClock;
}

/**
 * Turns a call that takes a batch into one that takes a single input. Inputs given in the same turn
 * of the event loop, while the previous batch runs, or before `spacingMs` has passed since it
 * started, go together in the next batch; one batch runs at a time. An input given when nothing ran
 * for `spacingMs` goes at once (a microtask later). A failed batch rejects each of its calls.
 */
export function batchCalls<I, O>(
  run: (inputs: I[]) => Promise<O[]>,
  options: BatchOptions,
): (input: I) => Promise<O> {
  const { maxBatch, spacingMs, clock } = options;
  if (!(maxBatch >= 1)) throw new RangeError(`maxBatch must be >= 1, got ${maxBatch}`);
  const waiting: Array<{ input: I; resolve: (output: O) => void; reject: (error: unknown) => void }> = [];
  let busy = false;
  let lastStartAt = Number.NEGATIVE_INFINITY;

  function schedule(): void {
    if (busy || waiting.length === 0) return;
    busy = true;
    const wait = lastStartAt + spacingMs - clock.now();
    const gathered = wait > 0 ? clock.sleep(wait) : Promise.resolve();
    void gathered.then(runNext);
  }

  async function runNext(): Promise<void> {
    lastStartAt = clock.now();
    const batch = waiting.splice(0, maxBatch);
    try {
      const outputs = await run(batch.map((w) => w.input));
      if (outputs.length !== batch.length)
        throw new Error(`a batch of ${batch.length} calls returned ${outputs.length} results`);
      batch.forEach((w, i) => w.resolve(outputs[i] as O));
    } catch (error) {
      for (const w of batch) w.reject(error);
    } finally {
      busy = false;
      schedule();
    }
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      schedule();
    });
}
