/** Inputs per call at most: a getUpdates batch is 100, a webhook burst as many as max_connections (≤ 100). */
const MAX_BATCH = 256;

/**
 * Turns a call over many inputs into one over an input: every input given in the same turn of the
 * event loop (until its check phase, setImmediate) goes in one call, whose outputs come back in the
 * order given. The updates of one getUpdates batch, or the webhook requests read in one poll, each
 * make a query of their own otherwise, and a query costs far more than a row. Adds no timer: the
 * check phase follows the poll phase of the same turn. A failed call rejects each of its inputs.
 */
export function batchPerTurn<I, O>(
  run: (inputs: I[]) => Promise<O[]>,
  maxBatch = MAX_BATCH,
): (input: I) => Promise<O> {
  let waiting: Array<{ input: I; resolve: (output: O) => void; reject: (error: unknown) => void }> = [];

  function flush(): void {
    const all = waiting;
    waiting = [];
    for (let from = 0; from < all.length; from += maxBatch) {
      const batch = all.slice(from, from + maxBatch);
      // A run that throws at once rejects its batch like one that fails later.
      new Promise<O[]>((ran) => ran(run(batch.map((w) => w.input))))
        .then((outputs) => {
          if (outputs.length !== batch.length)
            throw new Error(`a batch of ${batch.length} inputs returned ${outputs.length} outputs`);
          batch.forEach((w, i) => w.resolve(outputs[i] as O));
        })
        .catch((error: unknown) => {
          for (const w of batch) w.reject(error);
        });
    }
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ input, resolve, reject });
    });
}
