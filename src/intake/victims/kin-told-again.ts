// Someone's kin joined to a victim by the casualty noun told again (beside casualties-ar.ts).
import { normalizeForMatch } from '../../text/normalize.js';
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { ONE_OF, POSSESSED, PRONOUN_CASUALTY } from '../casualties/casualty-words.js';
import { AR_UNITS } from '../reading/number-words.js';
import { WOUNDS_TOLD_AR, pastWoundsTold } from '../casualties/wound-nouns.js';

const OF = normalizeForMatch('من');

/**
 * The nouns in the construct state, before the one they are of: "إصابت" + pronoun is "إصابة" before
 * a noun ("إصابته وإصابة زوجته").
 */
const constructOf = (noun: string): string => (noun.endsWith('ت') ? `${noun.slice(0, -1)}ة` : noun);

const AGAIN = Object.fromEntries(
  Object.entries(PRONOUN_CASUALTY).map(([kind, nouns]) => [
    kind,
    new RegExp(
      `^\\s+${normalizeForMatch('و')}[بل]?(?:${nouns.map((n) => normalizeForMatch(constructOf(n))).join('|')})\\s+([\\p{L}]+)(?:\\s+([\\p{L}]+))?(?:\\s+([\\p{L}]+))?`,
      'u',
    ),
  ]),
) as Record<'killed' | 'wounded', RegExp>;

/**
 * "ما أدى إلى استشهاده واستشهاد حفيده", "مقتله ومقتل نجليه": the victim's kin, joined by the same
 * casualty noun told again, died with him — how many of them, else null. Only someone's own kin
 * (a noun with its pronoun): "ومقتل شخص آخر" is counted where it is told. So is one of his own
 * ("ما أدى إلى مقتله ومقتل أحد مرافقيه": one of his escorts, one more), and so is a count of his own
 * ("مقتله ومقتل اثنين من مرافقيه": he and two of his escorts, the count told after him, not instead).
 */
export function kinToldAgain(after: string, kind: 'killed' | 'wounded'): number | null {
  const [, kin, of, whose] = AGAIN[kind].exec(after) ?? [];
  const own = (w: string | undefined): w is string => !!w && POSSESSED.some((x) => w.endsWith(x));
  if (kin && ONE_OF.has(kin) && own(of)) return 1;
  const some = kin === undefined ? undefined : AR_UNITS[kin];
  if (some !== undefined && some > 1 && of === OF && own(whose)) return some;
  if (!own(kin)) return null;
  return arabicNounCount(kin);
}

const PRONOUN_NOUN_BEFORE = Object.fromEntries(
  Object.entries(PRONOUN_CASUALTY).map(([kind, nouns]) => [
    kind,
    new RegExp(
      `((?<![\\p{L}])[وفبل]?(?:${nouns.map(normalizeForMatch).join('|')})(?:ه|هما))${kind === 'wounded' ? `(?:${WOUNDS_TOLD_AR})?` : ''}\\s+${normalizeForMatch('و')}?$`,
      'u',
    ),
  ]),
) as Record<'killed' | 'wounded', RegExp>;

/**
 * The casualty noun at `cue` is the one told again after its pronoun form ("استشهاده واستشهاد
 * حفيده", past his wounds: "إصابته بجروح بالغة وإصابة سائقه"): the pronoun's count takes in the kin
 * (`kinToldAgain`), so they are no count of their own.
 */
export function kinToldAgainAt(text: string, cue: number, kind: 'killed' | 'wounded'): boolean {
  const from = Math.max(0, cue - 40);
  const noun = PRONOUN_NOUN_BEFORE[kind].exec(text.slice(from, cue));
  if (!noun) return false;
  const after = text.slice(from + noun.index + noun[1]!.length);
  return kinToldAgain(kind === 'wounded' ? pastWoundsTold(after) : after, kind) !== null;
}
