import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { signalAction } from '../../src/process/signal-action.js';
import { handleStopSignals, STOP_SIGNALS } from '../../src/process/stop-signals.js';

describe('signalAction', () => {
  it('stops on the first signal, ignores the same request delivered twice, forces on a later one', () => {
    expect(signalAction(null, 5_000)).toBe('stop');
    expect(signalAction(5_000, 5_000)).toBe('duplicate');
    expect(signalAction(5_000, 5_999)).toBe('duplicate');
    expect(signalAction(5_000, 6_000)).toBe('force');
    expect(signalAction(5_000, 60_000, 100_000)).toBe('duplicate');
  });
});

/** handleStopSignals with a hand-driven clock, timers and signals. */
function setup() {
  let now = 1_000;
  const handlers = new Map<string, () => void>();
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const exits: number[] = [];
  const stops: string[] = [];
  let finishStop!: (ok: boolean) => void;
  const logs: string[] = [];
  handleStopSignals({
    stop: (signal) => {
      stops.push(signal);
      return new Promise<void>(
        (resolve, reject) => (finishStop = (ok) => (ok ? resolve() : reject(new Error('db gone')))),
      );
    },
    exit: (code) => exits.push(code),
    now: () => now,
    log: createLogger({ level: 'debug', secrets: [], write: (line) => logs.push(line) }),
    on: (signal, handler) => handlers.set(signal, handler),
    setTimer: (fn, ms) => timers.push({ fn, ms }),
  });
  return {
    signal: (name: string) => handlers.get(name)!(),
    advance: (ms: number) => (now += ms),
    finishStop: async (ok: boolean) => {
      finishStop(ok);
      await new Promise((resolve) => setImmediate(resolve));
    },
    handlers,
    timers,
    exits,
    stops,
    logs,
  };
}

describe('handleStopSignals', () => {
  it('listens to SIGTERM and SIGINT', () => {
    expect([...setup().handlers.keys()].sort()).toEqual([...STOP_SIGNALS].sort());
  });

  it('stops once, then exits 0; the same signal delivered twice at once is one stop', async () => {
    const s = setup();
    s.signal('SIGTERM');
    s.signal('SIGTERM');
    expect(s.stops).toEqual(['SIGTERM']);
    expect(s.exits).toEqual([]);
    await s.finishStop(true);
    expect(s.exits).toEqual([0]);
  });

  it('exits 1 on a second signal while stopping', () => {
    const s = setup();
    s.signal('SIGINT');
    s.advance(3_000);
    s.signal('SIGINT');
    expect(s.exits).toEqual([1]);
    expect(s.logs.join('\n')).toContain('second stop signal, exiting now');
  });

  it('exits 1 when the stop takes longer than the grace period, or fails', async () => {
    const s = setup();
    s.signal('SIGTERM');
    expect(s.timers).toHaveLength(1);
    expect(s.timers[0]!.ms).toBe(10_000);
    s.timers[0]!.fn();
    expect(s.exits).toEqual([1]);

    const failing = setup();
    failing.signal('SIGTERM');
    await failing.finishStop(false);
    expect(failing.exits).toEqual([1]);
  });
});
