// A campaign told as going on, the background of the news, not an event of its own.
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/**
 * "Iraqi forces are fighting for the western half of Mosul", "troops are trying to retake the town",
 * "وتخوض القوات معارك لاستعادة المدينة": a fight told in the present, as it goes on — opening the
 * clause, or anywhere after "while" ("ويأتي الهجوم بينما تخوض القوات معارك في المحافظة"): written
 * before against `^\W*`, which skipped any Arabic words, the rule reached the verb after "while" by
 * chance; that reach is now its own, with the fight going on after "while" as the verb's subject
 * ("في حين تدور اشتباكات عنيفة بين القوات والمسلحين").
 */
const GOING_ON = new RegExp(
  `(?<!${L})(?:are|is) (?:still )?(?:fighting|battling|trying to (?:retake|recapture|reach|capture|take|clear|drive))(?!${L})|(?:${CLAUSE_HEAD}|(?<!${L})${anyOf(['بينما', 'فيما', 'في حين'])}\\s+)(?:${anyOf(['تخوض', 'وتخوض', 'يخوض', 'ويخوض'])})(?!${L})|(?<!${L})${anyOf(['بينما', 'فيما', 'في حين'])}\\s+${anyOf(['تدور', 'تتواصل', 'تستمر'])}\\s+${anyOf(['اشتباكات', 'معارك'])}(?!${L})`,
  'u',
);

/**
 * A clause (in matching form) that tells a campaign going on, with no casualties and no day of its
 * own: the setting of the news ("…, about 400 km north of the capital"), not another event.
 */
export function toldAsOngoing(text: string, hasCasualties: boolean, dated: boolean): boolean {
  return !hasCasualties && !dated && GOING_ON.test(text);
}
