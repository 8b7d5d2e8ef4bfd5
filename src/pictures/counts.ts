import type { Count } from '../content/schema.js';

/**
 * A count as a number to draw or add up: a range at its low end (what the article states at
 * least), not stated as 0 — the caption and the chart's note say so.
 */
export function countAtLeast(count: Count | null): number {
  if (count === null) return 0;
  return typeof count === 'number' ? count : count.low;
}
