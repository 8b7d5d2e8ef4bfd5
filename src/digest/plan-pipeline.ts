/** A promise's outcome, held without rejecting: nothing goes unhandled while it waits its turn. */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/**
 * Writes every item of `source`, in order, prepared by `prepare`: while item N is written, item
 * N + 1 is prepared and item N + 2 read, so the three overlap (on PostgreSQL the planner's work
 * runs while the server writes). At most one write is in flight, and the next starts only once
 * it has succeeded; at most three items are held. The first failure (a read, a preparation, a
 * write) stops it: what is in flight is waited for (a failure after the first is dropped), the
 * source is closed, and the failure thrown.
 */
export async function writePipelined<T, P>(
  source: AsyncIterator<T>,
  prepare: (item: T) => Promise<P>,
  write: (prepared: P) => Promise<unknown>,
): Promise<void> {
  let reading = settle(source.next());
  let writing: Promise<Outcome<unknown>> | undefined;
  try {
    for (;;) {
      const item = unwrap(await reading);
      if (item.done === true) break;
      reading = settle(source.next());
      const prepared = await prepare(item.value);
      if (writing) unwrap(await writing);
      writing = settle(write(prepared));
    }
    if (writing) unwrap(await writing);
  } finally {
    await writing;
    await reading;
    await source.return?.();
  }
}
