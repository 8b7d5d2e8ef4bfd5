// "أن ضابطاً قتل مع سائقه": the one named before the passive verb, and his own told after "مع" —
// the count read after the verb is only the companion, the subject before it died too.
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { POSSESSED } from './casualty-words.js';
import type { CountPhrase } from './casualty-phrase.js';

/** "قتل", "قُتلت", "استشهد", "أصيب": a passive or intransitive verb of one person, as the clause's form. */
const SINGULAR_VERB = new RegExp(
  `^[وف]?(?:${['قتل', 'قتلت', 'استشهد', 'استشهدت', 'أصيب', 'أصيبت', 'جرح', 'جرحت'].map(normalizeForMatch).join('|')})$`,
  'u',
);
/** "سائقه", "نجلها": someone's own, owned by one. */
const ONE_OWNER = new RegExp(`(?:${['ه', 'ها'].map(normalizeForMatch).join('|')})$`, 'u');
const WITH = new Set(['مع', 'برفقة', 'رفقة'].map(normalizeForMatch));

/**
 * The count read right after the casualty verb (`after`: its first word) opens on "مع" and names
 * someone's own ("مع سائقه", "مع نجله", "برفقة شقيقيه", "مع اثنين من مرافقيه"): those the verb's
 * subject died (or was hurt) with. Where one or more stand before the verb as its subject
 * (`subject`, read as a passive's: "أن ضابطاً في الشرطة قتل مع سائقه"), the verb's count is both
 * summed; else null (no subject before it: "قتلوا مع سائقهم" tells how many they were no more).
 * The verb is the word before `after`.
 */
export function subjectWithOwnAfterVerb(
  tokens: readonly Token[],
  after: number,
  companions: CountPhrase | null,
  subject: () => CountPhrase | null,
): CountPhrase | null {
  if (companions === null || !WITH.has(tokens[after]?.word ?? '')) return null;
  if ((companions.start ?? after + 1) !== after + 1) return null;
  // whose they were: the last word of the count owned ("سائقه"), or the group after "من" ("من مرافقيه")
  const owned = (w: string | undefined) =>
    !!w && POSSESSED.some((x) => w.length > x.length + 2 && w.endsWith(x));
  const last = companions.next - 1;
  if (!owned(tokens[last]?.word) && !owned(tokens[last + 2]?.word)) return null;
  // (the subject told too far back to read, "أن قيادياً في مجلس … جنوب بغداد قتل مع سائقه": a
  // singular verb, its subject before it, and one owner of the companion say one person)
  const one =
    subject() ??
    (SINGULAR_VERB.test(tokens[after - 1]?.word ?? '') && ONE_OWNER.test(tokens[last]?.word ?? '')
      ? { value: { low: 1, high: 1 }, next: after }
      : null);
  if (one === null) return null;
  return {
    value: {
      low: one.value.low + companions.value.low,
      high: one.value.high + companions.value.high,
    },
    start: one.start ?? companions.start ?? after + 1,
    next: companions.next,
  };
}
