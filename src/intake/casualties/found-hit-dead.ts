// "قتل شاب بنيران مسلحين…، وقد عثر عليه مصاباً بثلاث طلقات": the one found hit is the one the
// sentence told dead — how he was killed, not one more wounded.
import { normalizeForMatch } from '../../text/normalize.js';
import { CUES } from '../events/event-cues.js';
import type { Token } from '../reading/tokens.js';

const f = normalizeForMatch;
/** A verb of finding with the one found as "عليه": "عثر عليه", "وعثرت عليها", "تم العثور عليه". */
const FOUND_ON = new Set(['عثر', 'وعثر', 'عثرت', 'وعثرت', 'عثروا', 'وعثروا', 'العثور'].map(f));
const ON_HIM = new Set(['عليه', 'عليها'].map(f));
/** A verb of finding with the one found as its suffix: "وجدوه", "وجدته", "وجدها". */
const FOUND_HIM = /^[وف]?وجد(?:و|ت|وا)?(?:ه|ها)$/u;
const KILLED = new RegExp(CUES.killed.source, 'u');

/**
 * The circumstantial casualty noun at token `at` ("مصاباً", "جريحاً") tells how one already named was
 * found ("عثر عليه مصاباً بطلقات", "وجدوه مصاباً"): where the sentence before the clause told a death
 * (`sentenceBefore`, as written), the one found is that dead one, and the wound how he died.
 * Not "خطف شاب ثم عثر عليه مصاباً" with no death told: one found alive and hurt is one wounded.
 */
export function foundHitDead(tokens: readonly Token[], at: number, sentenceBefore: string): boolean {
  const before = tokens[at - 1]?.word ?? '';
  const found = (ON_HIM.has(before) && FOUND_ON.has(tokens[at - 2]?.word ?? '')) || FOUND_HIM.test(before);
  return found && KILLED.test(f(sentenceBefore));
}
