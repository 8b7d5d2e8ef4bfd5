/**
 * Turning a call over many inputs into a call over one: each caller gives its input and gets its own
 * output, while the inputs gathered together go in one call. A query or a transaction costs far more
 * than a row, so the store's hot reads and the shared send budget are reached this way. The two
 * modes differ only in how a batch is gathered; a batch is settled the same way in both.
 */

interface Waiter<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

/** The clock of `batchSpaced`: the sender's, so tests run it on virtual time. */
export interface BatchClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Inputs per call at most: a getUpdates batch is 100, a webhook burst as many as max_connections (≤ 100). */
const MAX_PER_TURN = 256;

/**
 * Runs one batch and answers each waiter its own output, in the order given. A run that throws at
 * once, fails later, or answers a different number of outputs rejects every waiter of the batch.
 */
async function settle<I, O>(run: (inputs: I[]) => Promise<O[]>, batch: Waiter<I, O>[]): Promise<void> {
  try {
    const outputs = await run(batch.map((w) => w.input));
    if (outputs.length !== batch.length)
      throw new Error(`a batch of ${batch.length} inputs returned ${outputs.length} outputs`);
    batch.forEach((w, i) => w.resolve(outputs[i] as O));
  } catch (error) {
    for (const w of batch) w.reject(error);
  }
}

/**
 * Every input given in the same turn of the event loop (until its check phase, setImmediate) goes in
 * one call, at most `maxBatch` a call; calls of one turn run at once. The updates of one getUpdates
 * batch, or the webhook requests read in one poll, make one query instead of one each. Adds no
 * timer: the check phase follows the poll phase of the same turn.
 */
export function batchPerTurn<I, O>(
  run: (inputs: I[]) => Promise<O[]>,
  maxBatch = MAX_PER_TURN,
): (input: I) => Promise<O> {
  let waiting: Waiter<I, O>[] = [];

  function flush(): void {
    const all = waiting;
    waiting = [];
    for (let from = 0; from < all.length; from += maxBatch)
      void settle(run, all.slice(from, from + maxBatch));
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ input, resolve, reject });
    });
}

export interface SpacedOptions {
  /** Inputs per batch at most. */
  maxBatch: number;
  /** A batch starts at least this long after the one before it started, gathering the inputs meanwhile. */
  spacingMs: number;
  clock: BatchClock;
}

/**
 * One batch at a time: inputs given in the same turn, while the previous batch runs, or before
 * `spacingMs` has passed since it started, go together in the next batch. An input given when
 * nothing ran for `spacingMs` goes at once (a microtask later). The shared send budget's
 * reservations are taken this way, so that a burst of replies shares a transaction.
 */
export function batchSpaced<I, O>(
  run: (inputs: I[]) => Promise<O[]>,
  options: SpacedOptions,
): (input: I) => Promise<O> {
  const { maxBatch, spacingMs, clock } = options;
  if (!(maxBatch >= 1)) throw new RangeError(`maxBatch must be >= 1, got ${maxBatch}`);
  const waiting: Waiter<I, O>[] = [];
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
    await settle(run, waiting.splice(0, maxBatch));
    busy = false;
    schedule();
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      schedule();
    });
}
