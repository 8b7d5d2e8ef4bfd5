/**
 * "Send what is planned": asked for by the digest service after it plans a slot. It is built before
 * the job runner that answers it (the runner needs the digests' composer), and startApp connects
 * the two: before the app starts nothing is sent, and the start runs every waiting job anyway.
 */
export interface JobTrigger {
  /** Runs the waiting jobs once connected; resolves at once before. Never rejects. */
  run(): Promise<void>;
  connect(run: () => Promise<void>): void;
}

export function createJobTrigger(): JobTrigger {
  let runJobs: (() => Promise<void>) | null = null;
  return {
    run: () => (runJobs ? runJobs() : Promise.resolve()),
    connect(run) {
      runJobs = run;
    },
  };
}
