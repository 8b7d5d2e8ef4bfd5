// "قتل المختار … مع اثنين من أقاربه": someone's own people who died (or were hurt) with the one counted.
import { normalizeForMatch } from '../../text/normalize.js';
import { countAt } from '../casualties/casualty-phrase.js';
import type { Numbers } from '../reading/count.js';
import { POSSESSED } from '../casualties/casualty-words.js';
import type { Token } from '../reading/tokens.js';

const WITH = normalizeForMatch('مع');
const OF = normalizeForMatch('من');
/** Words the one counted may be told at before "مع": how, when and where ("بنيران مسلحين في الشهر الماضي"). */
const REACH = 16;

const possessed = (word: string | undefined): boolean =>
  !!word && POSSESSED.some((x) => word.length > x.length + 2 && word.endsWith(x));

/**
 * How many of the counted one's own people "مع" adds: "كان مختار القرية قد قتل بنيران مسلحين في
 * الشهر الماضي مع اثنين من أقاربه" (the mukhtar and two of his relatives: three), "مقتل السائق مع
 * ولديه" (with his two sons); so for the wounded, "أصيب الضابط مع اثنين من مرافقيه" (three). Only a count told as someone's ("أقاربه", "ولديه"): "في اشتباك مع
 * ثلاثة مسلحين" names the other side. 0 where none, before another casualty word.
 */
export function deadWithOwn(
  tokens: readonly Token[],
  numbers: Numbers,
  from: number,
  stops: ReadonlySet<number>,
): number {
  // a passive's count ends at its own verb ("مختار … قد قتل"): read on past it
  let start = from;
  while (stops.has(start)) start++;
  for (let j = start; j < Math.min(tokens.length, start + REACH); j++) {
    if (stops.has(j)) return 0;
    if (tokens[j]!.word !== WITH) continue;
    const phrase = countAt(tokens, numbers, j + 1, 'ar');
    if (!phrase || phrase.value.low !== phrase.value.high) return 0;
    // (the number itself is nobody's: "مع ثلاثة مسلحين", whose ة folds to the pronoun's ه)
    const last = tokens[phrase.next - 1];
    const own =
      (!!last && !numbers.has(last.start) && possessed(last.word)) ||
      (tokens[phrase.next]?.word === OF && possessed(tokens[phrase.next + 1]?.word));
    return own ? phrase.value.low : 0;
  }
  return 0;
}
