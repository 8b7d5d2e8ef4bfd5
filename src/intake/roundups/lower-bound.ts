// Counts an article gives as a floor ("more than 25"), from the checks that quote them.
import type { Check } from '../drafts/checks.js';
import { findNumbers } from '../reading/numbers.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "more than 25", "at least nine", "no fewer than 25", "أكثر من ٢٥", "ما لا يقل عن تسعة": the count is the least there were. */
const FLOOR = new RegExp(
  `^(?:more than|over|at least|no fewer than|upwards of|${anyOf(['أكثر من', 'اكثر من', 'ما لا يقل عن', 'لا يقل عن', 'ما يزيد على', 'ما يزيد عن'])})(?!${L})`,
  'u',
);

/** The figures an incident's checks quote as a floor ("أكثر من ٢٥" → 25). */
export function floorValues(checks: readonly Check[]): number[] {
  return checks
    .filter((c) => c.reason === 'casualties-approximate' && c.detail)
    .map((c) => matchView(c.detail!))
    .filter((view) => FLOOR.test(view.text))
    .flatMap((view) => findNumbers(view).map((n) => n.value));
}
