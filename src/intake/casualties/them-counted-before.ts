// "انفجر لغم بثلاثة رعاة، ما أدى إلى مقتلهم", "seized five farmers and shot them dead": the plural
// pronoun stands for the one group counted before it in the clause.
import { countAt, countsAttackers, type CountPhrase } from './casualty-phrase.js';
import { PRONOUN_CASUALTY } from './casualty-words.js';
import type { Language } from '../../content/schema.js';
import type { Numbers } from '../reading/count.js';
import { L, anyOf } from '../reading/word-pattern.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;

/** "ما أدى إلى مقتلهم", "أسفر عن إصابتهم": a result told by a casualty noun with "هم", no number of its own. */
const RESULT_THEM = Object.fromEntries(
  Object.entries(PRONOUN_CASUALTY).map(([kind, nouns]) => [
    kind,
    new RegExp(
      `(?<!${L})(?:${anyOf(['أدى', 'ادى', 'أسفر', 'أدت', 'أسفرت'])})\\s+(?:${anyOf(['إلى', 'الى', 'عن'])})\\s+(?:${nouns.map(f).join('|')})${f('هم')}(?!${L})`,
      'u',
    ),
  ]),
) as Record<'killed' | 'wounded', RegExp>;

/**
 * "killed them", "shot them dead", "executing them all": a killing verb whose object is "them". ("shot
 * them" alone may have wounded them.)
 */
const KILLED_THEM =
  /(?<![\p{L}])(?:(?:killed|killing|executed|executing|murdered|murdering)\s+them|(?:shot|shooting|gunned|gunning)\s+them\s+(?:dead|down))(?![\p{L}])/u;

/**
 * The clause (in matching form) tells its dead as "them", one group the deed befell together ("seized
 * twelve passengers and shot them dead", "بثلاثة رعاة، ما أدى إلى مقتلهم"): one occasion, however
 * many died, not a month's tally of many blows (monthsToll, period-totals.ts).
 */
export function deadToldAsThem(matchText: string, lang: Language): boolean {
  return (lang === 'ar' ? RESULT_THEM.killed : KILLED_THEM).test(matchText);
}

/**
 * The count a result with "هم" (or a killing verb with "them") stands for: the one group of people
 * counted before it in the clause ("انفجر لغم بثلاثة رعاة، ما أدى إلى مقتلهم": three; "استهدفت
 * سيارة تقل أربعة أشخاص، ما أسفر عن إصابتهم": four; "seized five farmers and shot them dead": five),
 * else null. Two counts before it leave unsaid which one the pronoun means, and a count of attackers
 * is not the victims'. `tokens` are those of `matchText`, the clause in matching form.
 */
export function themCountedBefore(
  matchText: string,
  tokens: readonly Token[],
  numbers: Numbers,
  kind: 'killed' | 'wounded',
  lang: Language,
): CountPhrase | null {
  const m =
    lang === 'ar'
      ? RESULT_THEM[kind].exec(matchText)
      : kind === 'killed'
        ? KILLED_THEM.exec(matchText)
        : null;
  if (m === null) return null;
  const counted: CountPhrase[] = [];
  for (let i = 0; i < tokens.length && tokens[i]!.start < m.index; i++) {
    if (!numbers.has(tokens[i]!.start)) continue;
    const phrase = countAt(tokens, numbers, i, lang);
    if (phrase === null || phrase.next === i || countsAttackers(tokens, { ...phrase, start: i })) continue;
    counted.push(phrase);
    i = phrase.next - 1;
  }
  return counted.length === 1 ? counted[0]! : null;
}
