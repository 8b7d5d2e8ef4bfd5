// "Gunmen kidnapped a council member… His body was later found": the one taken, found dead.
import { L, anyOf as f } from '../reading/word-pattern.js';
import { matchView } from '../reading/view.js';

/**
 * One person's body found, named by its possessive: "his body was later found", "her body had been
 * dumped" (told of on the way: "his bullet-riddled body", "his body, bearing gunshot wounds, was
 * found"), "وعثر على جثته", "تم العثور على جثتها", "وجدت جثته". No count of its own: the body is
 * of the one the event just told named (a count of bodies, "the bodies of three men", is not this).
 */
const ONE_BODY_FOUND = new RegExp(
  `(?<!${L})(?:his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?body(?:\\s*,[^,.;]{1,60},)?\\s+(?:was|had\\s+been|has\\s+been)\\s+(?:later\\s+)?(?:found|discovered|recovered|dumped)(?!${L})|(?<!${L})(?:${f(['عثر', 'وعثر', 'عثرت', 'وعثرت', 'العثور', 'وجدت', 'ووجدت', 'يعثر'])})(?:\\s+${L}+){0,3}?\\s+${f(['على'])}\\s+(?:${f(['جثته', 'جثتها', 'جثمانه', 'جثمانها'])})(?!${L})|(?<!${L})(?:${f(['وجدت', 'ووجدت'])})\\s+(?:${f(['جثته', 'جثتها'])})(?!${L})`,
  'u',
);

/**
 * The incident just told counted no dead (a kidnapping, a man taken from his home), and this clause
 * finds the body of the one taken: he is its one dead. (Any incident being built: typed by its
 * shape, so that the casualty reader, which `takenThenFoundDead` serves, imports no incident type.)
 */
export function foundDeadAfter<T extends { killed: unknown }>(
  hit: T | undefined,
  matchText: string,
): hit is T {
  return !!hit && hit.killed === null && ONE_BODY_FOUND.test(matchText);
}

/** Someone taken: "kidnapped", "abducted", "اختطاف", "خطفوا". */
export const TAKEN = new RegExp(
  `(?<!${L})(?:kidnapp(?:ed|ing)|abduct(?:ed|ion)|${f(['اختطاف', 'واختطاف', 'خطف', 'وخطف', 'اختطف', 'اختطفوا', 'خطفوا', 'اختطفت'])})(?!${L})`,
  'u',
);

/**
 * One clause tells both of someone taken and of his body found after ("بعد ثلاثة أيام من اختطاف
 * طالب، عثر على جثته لاحقاً", "a teacher was kidnapped last week and his body was found on Monday"): the one
 * taken is its one dead, as where the body is told in a clause of its own (`foundDeadAfter`).
 */
export function takenThenFoundDead(matchText: string): 1 | null {
  const taken = TAKEN.exec(matchText);
  return taken && ONE_BODY_FOUND.test(matchText.slice(taken.index)) ? 1 : null;
}

/**
 * The bodies of a count of those just taken, named as them: "عثرت دورية على جثث أربعة من المختطفين",
 * "عثر على جثث ثلاثة منهم", "the bodies of four of the kidnapped men were found", "police found the
 * bodies of two of them". The partitive ties the dead to the taking told before, not to a finding of
 * its own.
 */
const BODIES_OF_THE_TAKEN = new RegExp(
  `(?<!${L})bodies\\s+of\\s+(?:[\\p{L}\\p{N}-]+\\s+){1,2}?of\\s+(?:them|those\\s+(?:kidnapped|abducted|seized|taken)|the\\s+(?:[\\p{L}-]+\\s+){0,1}?(?:kidnapped|abducted|abductees|hostages))(?!${L})|(?<!${L})(?:${f(['جثث', 'جثتي', 'جثتا', 'جثامين'])})\\s+(?:${L}+\\s+){1,3}?(?:${f(['منهم', 'من المختطفين', 'من المخطوفين'])})(?!${L})`,
  'u',
);

/**
 * The incident just told is a taking with no dead (gunmen at a fake checkpoint took fourteen men
 * from two buses), and this clause finds the bodies of some of those taken (`BODIES_OF_THE_TAKEN`):
 * they are its dead, one event from the taking to the finding, not a finding of its own.
 */
export function bodiesOfTheTaken<T extends { killed: unknown; source: string }>(
  hit: T | undefined,
  matchText: string,
): hit is T {
  return (
    !!hit &&
    hit.killed === null &&
    TAKEN.test(matchView(hit.source).text) &&
    BODIES_OF_THE_TAKEN.test(matchText)
  );
}
