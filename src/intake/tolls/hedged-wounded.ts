// A wounded figure the article gave only roughly ("nearly 30", "more than 30"): some of them dying
// since leaves it as told, for there is no exact count to take them from.
import type { Check } from '../drafts/checks.js';
import { findNumbers } from '../reading/numbers.js';
import { matchView } from '../reading/view.js';

/**
 * The incident's checks mark `wounded` approximate: a hedge ("nearly", "more than", "about") told
 * before that very number. "wounding nearly 30 people", then "the toll rose to 13 after two of the
 * wounded died": still nearly 30 wounded, not 28.
 */
export function woundedHedged(checks: readonly Check[], wounded: number): boolean {
  return checks.some(
    (c) =>
      c.reason === 'casualties-approximate' &&
      c.detail !== undefined &&
      findNumbers(matchView(c.detail)).at(-1)?.value === wounded,
  );
}
