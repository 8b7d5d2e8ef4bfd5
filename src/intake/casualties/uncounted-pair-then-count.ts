// "وأوقعت أفرادها بين قتيل وجريح، حيث تأكد مقتل 17 مسلحاً": a joint toll with no number, then the count.
import { findNumbers } from '../reading/numbers.js';
import { matchView } from '../reading/view.js';
import { CUES } from '../events/event-cues.js';
import { KILLED_CUES } from './dying-verbs.js';

/** The cues as plain patterns: the shared ones are global, and testing them would move their lastIndex. */
const KILLED = new RegExp(KILLED_CUES.source, 'u');
const WOUNDED = new RegExp(CUES.wounded.source, 'u');

/** "دون وقوع قتلى وجرحى", "causing no casualties": none had, not a toll left uncounted. */
const NONE_BEFORE = /(?<!\p{L})(?:دون|بدون|لا|لم|عدم|no|not|without|any)(?!\p{L})/iu;
/** "فيما", "بينما", "while": the clause after sets another count beside the pair, not its own. */
const WHILE_OPENS = /^\s*(?:و?(?:فيما|بينما|في حين)|while|whereas)(?!\p{L})/iu;
/** How many words may open the clause after before its verb: "حيث تأكد مقتل", "with 12 confirmed killed". */
const OPENING_WORDS = 4;

/** How far before the joint word its own count may stand ("سقوط خمسة بين قتيل وجريح"). */
const COUNT_BEFORE = 40;

/**
 * Whether the joint casualty word ("بين قتيل وجريح", "killed or wounded") matched at `index` (its
 * text `pair`) of the clause (in matching form) is told with no number of its own and followed,
 * past a comma, by a killing or wounding told with a number ("…بين قتيل وجريح، حيث تأكد مقتل 17
 * مسلحاً", "inflicting dead and wounded on them, with 12 confirmed killed"): the joint word says
 * only that there were casualties, the count after it says how many, and is read as usual. A joint
 * word with a number before it ("خمسة بين قتيل وجريح") or after it ("قتلى وجرحى 12") stays one
 * count for both.
 */
export function uncountedPairThenCount(text: string, index: number, pair: string): boolean {
  const end = index + pair.length;
  const before = text.slice(Math.max(0, index - COUNT_BEFORE), index);
  if (findNumbers(matchView(before)).length > 0 || NONE_BEFORE.test(before)) return false;
  const comma = /^\s*[،,]/u.exec(text.slice(end));
  if (!comma) return false;
  const after = text.slice(end + comma[0].length);
  const clauseAfter = after.split(/[.؛;،,]/u)[0] ?? '';
  if (findNumbers(matchView(clauseAfter)).length === 0) return false;
  // (the verb opens the clause after, past a word or two of how it was known: "حيث تأكد مقتل")
  const opening = ` ${clauseAfter.trim().split(/\s+/u).slice(0, OPENING_WORDS).join(' ')} `;
  // (not "فيما استشهد سبعة من العسكريين": "while" sets the other side's dead beside the pair)
  if (WHILE_OPENS.test(opening)) return false;
  return KILLED.test(opening) || WOUNDED.test(opening);
}
