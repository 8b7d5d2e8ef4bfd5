// "ISIS killed a shepherd and abducted two others on Friday evening … The bodies of the two abducted
// men were found the following morning": the dead found are the ones the event just told took.
import { type Count, sameCount, sumCounts } from '../reading/count.js';
import { matchView } from '../reading/view.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * Someone taken, in the event told: "abducted", "kidnapped", "اختطفوا", "خطف"; so are people seized
 * ("gunmen seized nine members of a council", a count of persons right after the verb).
 */
const TAKEN = new RegExp(
  `(?<!${L})(?:kidnapp(?:ed|ing)|abduct(?:ed|ing|ion)|seized\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)(?=\\s)|${f(['اختطاف', 'واختطاف', 'خطف', 'وخطف', 'اختطف', 'واختطف', 'اختطفوا', 'واختطفوا', 'خطفوا', 'اختطفت'])})(?!${L})`,
  'u',
);

/**
 * The bodies of the ones taken, all of them, named by the taking: "the bodies of the two abducted
 * men", "the bodies of the kidnapped shepherds", "جثتي المختطفين", "جثث الرعاة المختطفين الثلاثة"
 * (some of them, "four of the kidnapped", is body-found.ts `bodiesOfTheTaken`); so are those left of
 * them once some were let go ("Four were later released, but the bodies of the other five were
 * found"): the rest of the ones the event took, where it told a taking.
 */
const BODIES_OF_THE_TAKEN_ALL = new RegExp(
  `(?<!${L})bodies\\s+of\\s+the\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:kidnapped|abducted)(?!${L})|(?<!${L})bodies\\s+of\\s+the\\s+(?:other|remaining)\\s+[\\p{L}\\p{N}-]+\\s+(?:were|had\\s+been|have\\s+been)\\s+(?:found|discovered|recovered)(?!${L})|(?<!${L})(?:${f(['جثث', 'جثتي', 'جثتا', 'جثامين'])})\\s+(?:${L}+\\s+){0,2}?(?:${f(['المختطفين', 'المخطوفين'])})(?!${L})`,
  'u',
);

/**
 * The dead of the event once the bodies of those it took are found (`found`, the clause's count of
 * them): its own dead and theirs, unless it counted them already (the same count: "abducted and
 * killed two men", then "the bodies of the two abducted men"); null where the clause is no such
 * finding.
 */
export function deadWithTakenFound(
  hit: { killed: Count | null; source: string },
  matchText: string,
  found: Count,
): Count | null {
  if (!TAKEN.test(matchView(hit.source).text) || !BODIES_OF_THE_TAKEN_ALL.test(matchText)) return null;
  if (hit.killed === null || sameCount(hit.killed, found)) return found;
  return sumCounts([hit.killed, found]);
}
