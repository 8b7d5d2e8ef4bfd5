// "فيما نجت زوجته التي أصيبت بطلق ناري": someone's own, then "who", then the verb: one person hit.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { POSSESSED } from '../casualties/casualty-words.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

const WHO_ONE = new Set(['الذي', 'التي'].map(normalizeForMatch));

const THE = normalizeForMatch('ال');
/** The one killed, as the text names him again: "الضحية", "القتيل", "الشهيد". */
const THE_VICTIM = new Set(['الضحية', 'القتيل', 'الشهيد', 'المغدور'].map(normalizeForMatch));

/**
 * The person noun with a possessive pronoun at `start` ("زوجته", "شقيقها", "مرافقه"), or in
 * construct with a definite person ("شقيق الضحية"), then the singular relative, right before the
 * singular casualty verb at `cue`: the one the relative clause says was hit, one person, whatever
 * the main verb told of him ("نجت", "نُقل", "قال"). A thing so named ("منزله الذي أصيب بقذيفة",
 * "منزل المختار الذي أصيب") is no one: its noun counts nobody.
 */
export function kinWhoWasHit(tokens: readonly Token[], start: number, cue: number): boolean {
  const named = tokens[start]?.word ?? '';
  if (!WHO_ONE.has(tokens[cue - 1]?.word ?? '') || arabicNounCount(named) !== 1) return false;
  if (start === cue - 2) return POSSESSED.some((pronoun) => named.endsWith(pronoun));
  // "وقال شقيق الضحية، الذي أصيب بجروح": the kin named by the one killed (or by another person,
  // "والد الطفل الذي أصيب"), in place of the pronoun — whichever of the two was hit, one person
  const owner = tokens[start + 1]?.word ?? '';
  return (
    start === cue - 3 && owner.startsWith(THE) && (THE_VICTIM.has(owner) || arabicNounCount(owner) === 1)
  );
}
