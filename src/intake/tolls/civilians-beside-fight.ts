// "خاضت القوات اشتباكات أسفرت عن مقتل 14 مسلحاً…", then "في المقابل، قال مصدر طبي إن أربعة مدنيين
// قتلوا وأصيب تسعة آخرون بقصف مدفعي طال أحياء المدينة": a source's count of civilians, after a fight
// told with no civilians among its dead, tells another event beside the fight (the shelling of a
// town, told in the clause after) — not the fight in its own figures (source-account.ts,
// other-source-figures.ts): civilians are no side's fighters.
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "مدنيين", "المدنيين", "civilians" (matching form): the dead counted as no side's fighters. */
const CIVILIANS = new RegExp(
  `(?<!${L})(?:${anyOf(['مدنيين', 'مدنيا', 'مدنيون', 'المدنيين'])}|civilians)(?!${L})`,
  'u',
);

/**
 * The event told is a fight (battles) whose opening clause counts no civilians, and the clause
 * (matching form) counts civilians.
 */
export function civiliansBesideFight(last: Building, clauseMatchText: string): boolean {
  return (
    last.event.type === 'battles' &&
    CIVILIANS.test(clauseMatchText) &&
    !CIVILIANS.test(matchView(last.source).text)
  );
}
