// An aside set off by commas inside a toll, which does not end the toll it interrupts.
import { attackersAmongDead } from '../attackers/attackers-among.js';
import { findNumbers } from '../reading/numbers.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * Who was among those just counted: "بينهم امرأة", "including a woman"; or who they all were, "هم
 * ثلاثة جنود ومدنيان" (they are …), an apposition that, set off by commas, names them without ending
 * the toll.
 */
const ASIDE_WORD = `(?:${anyOf(['بينهم', 'من بينهم', 'بينهن', 'بينهما', 'منهم', 'منهن', 'هم', 'وهم', 'هن'])}|including|among them|among whom)(?!${L})`;

/** A part of a sentence whose last comma-led piece is an aside: "…إلى ثلاثة قتلى، بينهم امرأة،". */
const ENDS_IN_ASIDE = new RegExp(`[،,]\\s*${ASIDE_WORD}[^،,]*[،,]?\\s*["»”]?\\s*$`, 'u');

/**
 * "Among whom", the words that may open an aside with no comma before it: "إلى 11 قتيلاً بينهم أربعة
 * أطفال، و25 جريحاً" (not "منهم", which as often ends the count it follows: "قتل ثلاثة منهم، و…").
 */
const AMONG_WORD = `(?:${anyOf(['بينهم', 'من بينهم', 'بينهن', 'بينهما'])}|including|among them|among whom)(?!${L})`;

/**
 * An aside between commas, in matching form: "، بينهم امرأة،"; or one right after the count, closed
 * by a comma only: "قتيلاً بينهم امرأة،".
 */
const ASIDE = new RegExp(`[،,]\\s*${ASIDE_WORD}[^،,.؛;]*[،,]|(?<=\\s)${AMONG_WORD}[^،,.؛;]*[،,]`, 'gu');

/** "و"/"and" at the start of what follows. */
const CONJUNCTION = /^\s*["«“]?\s*(?:و|and\s+)/u;

/** What follows opens with "و"/"and" and a count at once: "وأحد عشر جريحاً", "and 11 were wounded". */
function countGoesOn(after: string): boolean {
  const view = matchView(after);
  const conjunction = CONJUNCTION.exec(view.text);
  // the number's first word may carry the "و" itself ("وأحد عشر")
  const first = conjunction ? findNumbers(view)[0] : undefined;
  return first !== undefined && first.start <= conjunction![0].length;
}

/**
 * "ارتفعت الحصيلة إلى ثلاثة قتلى، بينهم امرأة، وأحد عشر جريحاً" (the toll rose to three dead, a woman
 * among them, and eleven wounded), "three were killed, including a child, and 11 were wounded": the
 * comma that closes the aside is no clause break; the count after it goes on with the toll the aside
 * interrupted. `before` is the part up to the comma, `part` the one that opens after it.
 */
export function goesOnPastAside(before: string, part: string): boolean {
  return ENDS_IN_ASIDE.test(matchView(before).text) && countGoesOn(part);
}

/**
 * The text (in matching form) with each such aside blanked, commas and all, so that a toll read up
 * to the next comma reads on past it; offsets are kept. (Not one naming the attackers among the dead,
 * "إلى تسعة قتلى بينهم منفذ الهجوم، و17 جريحاً": the figure is read with it, less them,
 * attackers-among.ts.)
 */
export function blankAsides(matchText: string): string {
  if (!matchText.includes('،') && !matchText.includes(',')) return matchText;
  return matchText.replace(ASIDE, (aside, at: number) =>
    countGoesOn(matchText.slice(at + aside.length)) && attackersAmongDead(aside) === null
      ? ' '.repeat(aside.length)
      : aside,
  );
}
