// "In Baghdad, a sticky bomb wounded four people in Karrada. Four bodies were found in the capital.":
// bodies found are a finding of their own, not the dead of a blow told before that counted only wounded.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * A finding of bodies told with its count or article, not someone's body named back ("his body", "جثته",
 * the one the event just told): "Four bodies were found", "police found the bodies of two men", "عثرت
 * الشرطة على جثة راع", "العثور على ثلاث جثث".
 */
const BODIES_FOUND = new RegExp(
  [
    `(?<!${L})(?:bod(?:y|ies)|corpses?)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:was|were|had\\s+been|have\\s+been|has\\s+been)\\s+(?:also\\s+|later\\s+)?(?:found|discovered|dumped)(?!${L})`,
    `(?<!${L})(?:found|discovered)\\s+(?:the\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:bod(?:y|ies)|corpses?)(?!${L})`,
    `(?<!${L})(?:${f(['عثر', 'وعثر', 'عثرت', 'وعثرت', 'العثور', 'والعثور'])})(?:\\s+${L}+){0,2}?\\s+${f(['على'])}\\s+(?:[\\p{N}]+\\s+|${L}+\\s+)?(?:${f(['جثة', 'جثث', 'جثتي', 'جثتين', 'جثمان'])})(?!${L})`,
  ].join('|'),
  'u',
);

/** Bodies pulled from where the blow fell: "from the rubble", "at the scene", "من تحت الأنقاض". */
const AT_THE_BLOW = new RegExp(
  `(?<!${L})(?:rubble|debris|wreckage|ruins|scene|site|${f(['الأنقاض', 'الانقاض', 'الركام', 'مكان', 'موقع'])})(?!${L})`,
  'u',
);

/**
 * The event told before counted wounded and no dead, and the clause finds bodies (not where the blow
 * fell): the finding is an event of its own, never that blow's dead.
 */
export function bodiesFoundApart(current: { killed: unknown; wounded: unknown }, matchText: string): boolean {
  if (current.killed !== null || current.wounded === null) return false;
  return BODIES_FOUND.test(matchText) && !AT_THE_BLOW.test(matchText);
}
