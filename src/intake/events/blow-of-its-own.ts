// Whether a clause names a blow of its own, or only the one told already.
import { eventCues } from './event-type-cues.js';
import { mayMatch } from '../reading/literal-screen.js';

const CUE_TABLE = eventCues().filter(
  (c) => !(c.type === 'violence_against_civilians' && c.subType === 'attack'),
);

/**
 * The Arabic article, after a conjunction: "القذائف", "والغارة". (Not after "ب": "استهدفوا بالقذائف
 * الصاروخية حي الميدان" names the weapon the blow was struck with, in the article as Arabic names
 * any kind of thing, not a blow told before.)
 */
const ARTICLE_AR = /^[وف]?(?:ال|لل)/u;
/** "the strikes", "the overnight strikes", "those Israeli air strikes": the words before an English cue. */
const ARTICLE_EN = /(?<![\p{L}\p{N}])(?:the|these|those|that|this)\s+(?:[\p{L}-]+\s+){0,2}$/u;

const definite = (text: string, at: number, cue: string): boolean =>
  ARTICLE_AR.test(cue) || ARTICLE_EN.test(text.slice(Math.max(0, at - 40), at));

/**
 * "when mortar bombs hit a housing district", "في غارة جوية على بلدة", "an air strike on a car": a
 * blow of a kind named without the article, a blow of its own. "killed in the strikes", "from the
 * shelling", "قضوا في القذائف التي سقطت": the blow the text told already, named by the article (so
 * is a clause that names no blow at all, only its dead; a killing or an attack with no kind of its
 * own is no kind of blow). Reads the clause in matching form.
 */
export function namesBlowOfItsOwn(matchText: string): boolean {
  for (const cue of CUE_TABLE) {
    if (cue.requires && !cue.requires.some((w) => matchText.includes(w))) continue;
    if (!mayMatch(cue.pattern, matchText)) continue;
    for (const m of matchText.matchAll(cue.pattern)) if (!definite(matchText, m.index, m[0])) return true;
  }
  return false;
}
