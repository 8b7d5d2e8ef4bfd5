// "قُتل 19 عنصراً من التنظيم واستشهد ثلاثة من مقاتلي الوحدات خلال اشتباكات": each side's dead told
// by a killing verb of its own, joined by "و" in one clause of a fight — the fight's toll, both counts.
import { AR_QUALIFIERS, MIN } from './casualty-words.js';
import type { CountPhrase } from './casualty-phrase.js';
import { FIGHT_WORDS_AR } from '../attackers/fight-nouns.js';
import { withoutArabicClitic, type Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** How many words the first side's name may take after "من" ("من مقاتلي وحدات حماية الشعب"). */
const SIDE_REACH = 6;
/** A fight between sides, the dead of which both counts are: "اشتباكات", "معارك", "القتال". */
const FIGHT = new Set([...FIGHT_WORDS_AR, 'القتال'].map(normalizeForMatch));

/** The count is told of a side: "N من …", or "N عنصراً من …" (its noun before the partitive at `next`). */
export const countOfSide = (tokens: readonly Token[], next: number): boolean =>
  tokens[next]?.word === MIN || tokens[next + 1]?.word === MIN;

/**
 * Two counts each told of a side, the cue of the second at most `reach` words after the first count
 * ended (`previousNext`): the dead of two sides, told one after the other.
 */
export const twoSidesCounted = (
  tokens: readonly Token[],
  previousNext: number,
  cue: number,
  phrase: CountPhrase,
  reach: number,
): boolean =>
  cue > previousNext &&
  cue - previousNext <= reach &&
  countOfSide(tokens, previousNext) &&
  countOfSide(tokens, phrase.next);

/** The clause's words name a fight between sides (FIGHT), a clitic glued or not. */
export const namesFightAr = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => withoutArabicClitic(t.word).some((w) => FIGHT.has(w)));

/**
 * The killing verb at `cue` is joined by "و" right after the side's name that the count before it
 * ended with ("… من داعش واستشهد"), a partitive from `previousNext`, and its own count is told the
 * same way, "N من …" or "N مقاتلين من …", in a clause that names a fight: the other side's dead of
 * that fight, to be added to the first count (not "وقتل ثلاثة آخرون في غارة": no side named).
 */
export function sideAfterSide(
  tokens: readonly Token[],
  previousNext: number,
  cue: number,
  phrase: CountPhrase,
): boolean {
  return (
    (tokens[cue]?.word ?? '').startsWith(normalizeForMatch('و')) &&
    twoSidesCounted(tokens, previousNext, cue, phrase, SIDE_REACH + 2) &&
    namesFightAr(tokens)
  );
}

/** "مقرّةً", "معترفاً": the subject owning up, as it tells what it did ("معترفين" for a plural). */
const ADMITTING = new Set(['مقرة', 'مقرا', 'مقرين', 'معترفة', 'معترفا', 'معترفين'].map(normalizeForMatch));
/** A noun with the pronoun of its owner: "مقاتليها", "عناصره", "أفرادهم". */
const OWN = /(?:ه|ها|هم|هما)$/u;

/**
 * "أعلنت قسد أن مقاتليها قتلوا 22 عنصراً من الفصائل، مقرّةً بمقتل ثلاثة من مقاتليها": the killing
 * cue at `cue` right after the side owning up, and its count of the side's own ("N من مقاتليها"): its
 * own dead of the fight, beside the count of those it killed.
 */
export function ownDeadAdmitted(tokens: readonly Token[], cue: number, phrase: CountPhrase): boolean {
  const at = tokens[phrase.next]?.word === MIN ? phrase.next + 1 : -1;
  return ADMITTING.has(tokens[cue - 1]?.word ?? '') && at > 0 && OWN.test(tokens[at]?.word ?? '');
}

/**
 * "مضيفاً أن", "وأضاف أن", "مشيراً إلى أن": the teller going on to more of what it tells (so are
 * "موضحاً أن", "مبيناً أن", "لافتاً إلى أن": explaining, showing, pointing out, the same going on).
 */
const ADDING = new Set(
  ['مضيفا', 'مضيفة', 'مضيفين', 'وأضاف', 'وأضافت', 'أضاف', 'أضافت', 'موضحا', 'موضحة', 'مبينا', 'مبينة'].map(
    normalizeForMatch,
  ),
);
const POINTING = new Set(['مشيرا', 'مشيرة', 'مشيرين', 'لافتا', 'لافتة'].map(normalizeForMatch));
const THAT = normalizeForMatch('أن');
const TO = normalizeForMatch('إلى');
/**
 * "صدّ", "تصدى": an attack the side fought off — its attackers shot are not added to its own dead
 * (an offensive it launched is a fight whose toll counts both sides).
 */
const REPELLING = new Set(['صد', 'صدت', 'صدوا', 'تصدى', 'تصدت', 'تصدوا'].map(normalizeForMatch));
/** How many words after its count may tell the fight those dead fell in ("وأصيب ستة آخرون خلال المعارك"). */
const FIGHT_REACH = 8;

/**
 * The count's side told by a partitive after it, "N من …", or after the noun it counts, "60 مسلحاً من
 * داعش" (a count of eleven and more takes its noun in the singular before the partitive).
 */
const sideCounted = (tokens: readonly Token[], next: number): boolean =>
  tokens[next]?.word === MIN || tokens[next + 1]?.word === MIN;

/**
 * Where a count at `at` opens: at the hedge told before its number, "أكثر من 60", "نحو 20" (the teller's
 * "أن" stands before the hedge), else at the number.
 */
function hedgeBefore(tokens: readonly Token[], at: number): number {
  const hedge = AR_QUALIFIERS.find((words) =>
    words.every((w, k) => tokens[at - words.length + k]?.word === w),
  );
  return hedge ? at - hedge.length : at;
}

/**
 * "قتلت القوات سبعة من عناصر التنظيم، مضيفاً أن ثلاثة من مقاتليها قتلوا وأصيب خمسة خلال المعارك":
 * after those a side killed, the teller goes on ("مضيفاً أن") to a count of a side, "N من …", that
 * its own verb says died in a fight named after it — the other side's dead of that fight (not in an
 * attack the side fought off, "قتلوا 26 من المهاجمين خلال صد الهجوم": REPELLING).
 */
export function sideToldAdding(tokens: readonly Token[], phrase: CountPhrase): boolean {
  const start = hedgeBefore(tokens, phrase.start ?? -1);
  if (start < 2 || tokens[start - 1]?.word !== THAT || !sideCounted(tokens, phrase.next)) return false;
  const teller = tokens[start - 2]?.word === TO ? tokens[start - 3]?.word : tokens[start - 2]?.word;
  const told = tokens[start - 2]?.word === TO ? POINTING : ADDING;
  return (
    told.has(teller ?? '') &&
    !tokens.some((t) => withoutArabicClitic(t.word).some((w) => REPELLING.has(w))) &&
    tokens
      .slice(phrase.next, phrase.next + SIDE_REACH + FIGHT_REACH)
      .some((t) => withoutArabicClitic(t.word).some((w) => FIGHT.has(w)))
  );
}
