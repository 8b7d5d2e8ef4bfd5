// "قتلت القوات اثنين منهم", "troops killed two of them": "them" are the people named last before.
import { ATTACKERS, ONE_OF_THEM_AR } from '../casualties/casualty-words.js';
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { tokenize, withoutArabicClitic, type Token } from '../reading/tokens.js';
import { ofThemAt } from '../casualties/of-them.js';
import { matchView } from '../reading/view.js';
import { anyOf } from '../reading/word-pattern.js';

/** How far back "them" may look for whom it stands for: the sentence's words before, not the article. */
const REACH = 25;
const EN_GROUP = /^(?:people|civilians|soldiers|troops|policemen|officers|children|women|men)$/;

/**
 * "ما أدى إلى استشهاد اثنين منهم", "martyring two of them": the teller's own dead, whom it calls
 * martyrs, are never the attackers, whoever was named last before "them" ("انفجر بهم لغم من
 * مخلفات الإرهابيين، ما أدى إلى استشهاد اثنين منهم": the children the mine hit).
 */
const MARTYRED = new RegExp(
  `^(?:${anyOf(['استشهاد', 'واستشهاد', 'استشهد', 'واستشهد', 'استشهدوا', 'استشهدا', 'استشهدت'])}|martyred|martyring)$`,
  'u',
);

const isAttacker = (w: string): boolean =>
  ATTACKERS.has(w) || withoutArabicClitic(w).some((x) => ATTACKERS.has(x));

/**
 * A count followed by "منهم" / "of them" (or "أحدهما", "one of the two", its "them" glued) counts the people named last before it, in its clause or
 * earlier in its sentence (`before`, as written; read only when "of them" follows): attackers where those were the attackers
 * ("ثلاثة انتحاريين حاولوا اقتحام الثكنة، وتمكنت القوات من قتل اثنين منهم"), not where a victim
 * noun came nearer, nor where the count's verb (`cue`, in matching form) tells them martyred.
 */
export function ofThemAttackers(
  tokens: readonly Token[],
  start: number,
  next: number,
  before: string,
  cue: string,
): boolean {
  if (MARTYRED.test(cue)) return false;
  // "وقتلت أحدهما": "one of the two" has its "them" glued to it
  const oneOfThem = ONE_OF_THEM_AR.has(tokens[next - 1]?.word ?? '');
  if (!ofThemAt(tokens, next) && !oneOfThem) return false;
  const back = [...tokenize(matchView(before).text), ...tokens.slice(0, start)].slice(-REACH).reverse();
  for (const { word } of back) {
    if (isAttacker(word)) return true;
    if (arabicNounCount(word) !== null || EN_GROUP.test(word)) return false;
  }
  return false;
}
