// "8 عناصر من قوات النظام والمسلحين الموالين لها، و6 مقاتلين من الفصائل": the dead of each side, one count.
import { FIGHTERS_COUNTED_AR, MIN } from './casualty-words.js';
import { hedgedSideCountAt } from './hedged-side-count.js';
import { servedInAt } from './served-in.js';
import type { Numbers } from '../reading/count.js';
import { AND_AR, withoutArabicClitic, type Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** How many words the first side's name may take after "من" ("قوات النظام والمسلحين الموالين لها"). */
const SIDE_REACH = 6;
/** "بينهم": who was among the first side's dead, told aside before the second side's count. */
const AMONG = new Set(['بينهم', 'وبينهم'].map(normalizeForMatch));
/**
 * How many words that aside may take ("بينهم ضابط برتبة ملازم أول"; "بينهم قيادي يحمل لقب أبو
 * عبد الرحمن العراقي", a leader named by his nom de guerre, whose "أبو" and kin names run long).
 */
const ASIDE_REACH = 8;
/** "واحد", "واحدة": a number word whose "و" is its own, not "and". */
const ONE = normalizeForMatch('واحد');
/**
 * Armed men counted by their own noun, with no partitive ("و31 جهادياً", "و9 مسلحين", "و12
 * إرهابياً"): a side of the fight named by what its fighters are, not by whose they were.
 */
const ARMED_NOUNS = new Set([
  ...FIGHTERS_COUNTED_AR,
  ...['جهادي', 'مسلح', 'إرهابي', 'مقاتل'].map(normalizeForMatch),
]);
/** The Arabic article, "ال", before a noun ("المقاتلين"), in matching form. */
const DEFINITE = new RegExp(`^${normalizeForMatch('ال')}`, 'u');
/**
 * A blow one side struck ("في هجوم شنه التنظيم", "بكمين", "بتفجير"): its doers' dead are kept apart
 * from its victims, so a second count told by a number word is no other side of a fight.
 */
const BLOW = new Set(
  ['هجوم', 'هجوما', 'هجمات', 'كمين', 'كمينا', 'تفجير', 'انفجار', 'مفخخة', 'انتحاري', 'غارة', 'قصف'].map(
    normalizeForMatch,
  ),
);
const tellsBlow = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => withoutArabicClitic(t.word).some((w) => BLOW.has(w)));
/** Words that tell where or how the counted fell: what follows is no longer the first side's name. */
const CIRCUMSTANCE = new Set(
  ['في', 'على', 'جراء', 'خلال', 'إثر', 'اثر', 'بعد', 'قرب', 'عند'].map(normalizeForMatch),
);

/**
 * From the partitive "من" at `i` (a count's noun followed by whose they were), the index of "و" and
 * a number that counts a second group the same way, "N من …" or "N مقاتلين من …" ("و6 مقاتلين من
 * الفصائل", "و14 من مقاتلي الفصائل"; "وثلاثة مقاتلين من الحرس", a number word, where the clause tells
 * no blow: tellsBlow), however long the first group's name runs: the two sides' dead of
 * one fight are one count, as a number joined right after a short name is. null where another number
 * or a word of where and how the first ones fell comes first, or where the second count is told
 * neither as a partitive of its own nor as armed men by their noun ("و31 جهادياً").
 */
export function otherSideCountAt(tokens: readonly Token[], numbers: Numbers, i: number): number | null {
  // (or the body the first ones served in, told by "في": "منتسب في الشرطة واثنين من …", served-in.ts)
  if (tokens[i]?.word !== MIN && !servedInAt(tokens, i)) return null;
  let reach = SIDE_REACH;
  let aside = false;
  for (let j = i + 2; j <= i + reach + 1 && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (CIRCUMSTANCE.has(token.word)) return null;
    // ("…، بينهم ضابط برتبة ملازم أول، و6 مقاتلين من الكتائب": who was among the first side, told aside)
    if (!aside && AMONG.has(token.word)) {
      aside = true;
      reach = j - i + ASIDE_REACH;
      continue;
    }
    // ("وما لا يقل عن 28 مقاتلاً من التنظيم": the second count with a hedge of its own, hedged-side-count.ts)
    const hedged = aside ? null : hedgedSideCountAt(tokens, numbers, j);
    if (hedged !== null) return hedged;
    // "و3" is "و" and the digits, two tokens; "وثلاثة" one, the number word after its "و"
    const digits = token.word === AND_AR && numbers.has(tokens[j + 1]?.start ?? -1);
    const word =
      !digits &&
      token.word.startsWith(AND_AR) &&
      !token.word.startsWith(ONE) &&
      numbers.has(token.start) &&
      !tellsBlow(tokens);
    if (!digits && !word && numbers.has(token.start)) return null;
    if (!digits && !word) continue;
    const noun = digits ? j + 2 : j + 1;
    const partitive = tokens[noun]?.word === MIN || tokens[noun + 1]?.word === MIN;
    // past an aside, only armed men of a side named after them are the other side ("و6 مقاتلين من
    // الكتائب", or by the partitive, "و4 من المقاتلين المحليين"), not more of those the aside named
    // ("بينهم قيادي و3 من مرافقيه")
    if (aside)
      return (ARMED_NOUNS.has(tokens[noun]?.word ?? '') && tokens[noun + 1]?.word === MIN) ||
        (tokens[noun]?.word === MIN && ARMED_NOUNS.has((tokens[noun + 1]?.word ?? '').replace(DEFINITE, '')))
        ? j
        : null;
    return partitive || ARMED_NOUNS.has(tokens[noun]?.word ?? '') ? j : null;
  }
  return null;
}
