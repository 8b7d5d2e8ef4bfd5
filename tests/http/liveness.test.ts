import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLivenessProbe } from '../../src/http/liveness.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('the liveness probe', () => {
  it('is alive while its timer fires on time, and not once the loop was held up past the bound', () => {
    vi.useFakeTimers();
    let now = 0;
    const probe = createLivenessProbe({ now: () => now, intervalMs: 500, maxLagMs: 2_000 });
    probe.start();
    now = 500;
    vi.advanceTimersByTime(500);
    expect(probe.lagMs()).toBe(0);
    expect(probe.alive()).toBe(true);
    // The timer is due at 1000 but the loop only gets to it at 3500.
    now = 3_500;
    vi.advanceTimersByTime(500);
    expect(probe.lagMs()).toBe(2_500);
    expect(probe.alive()).toBe(false);
    now = 4_000;
    vi.advanceTimersByTime(500);
    expect(probe.alive()).toBe(true);
    probe.stop();
  });
});
