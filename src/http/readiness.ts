export interface ReadinessSources {
  /** Resolves when the database answers. */
  ping: () => Promise<void>;
  /** The content was loaded and the bot is taking updates. */
  started: () => boolean;
  /** Shutting down: the balancer should send work elsewhere. */
  draining: () => boolean;
}

export type Readiness = { ready: true } | { ready: false; reason: string };

/** Ready when started, not draining, and the database answers; the reason says which failed. */
export async function checkReadiness(sources: ReadinessSources): Promise<Readiness> {
  if (sources.draining()) return { ready: false, reason: 'draining' };
  if (!sources.started()) return { ready: false, reason: 'starting' };
  try {
    await sources.ping();
  } catch {
    return { ready: false, reason: 'database unreachable' };
  }
  return { ready: true };
}
