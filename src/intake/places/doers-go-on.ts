// "اقتحم مسلحون منزلاً في حي X ببغداد، وقتلوا عشرة من ساكنيه": the same doers go on in the next
// clause, at the place the clause before named.
import type { ResolvedPlace } from '../../places/types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { sameGovernorate } from './incident-places.js';

/** Verbs of telling in the plural: "وقالوا إن …" tells what may have happened anywhere. */
const TELLING = anyOf(
  ['قال', 'أكد', 'أفاد', 'أشار', 'أوضح', 'ذكر', 'أضاف', 'أعلن', 'نفى', 'نف'].flatMap((v) => [
    `${v}وا`,
    `${v}ت`,
  ]),
);

/**
 * A clause that opens on "و" or "ف" and a past verb of a plural subject, or of a feminine one (troops,
 * "القطعات", "القوات"), with no subject of its own ("وقتلوا", "واختطفوا", "فأطلقوا", "واشتبكت"): the
 * doers of the clause before go on with their deed. (Not a noun: "والسيارات", "وبيوت".)
 */
const SAME_DOERS_GO_ON = new RegExp(
  `^[^\\p{L}\\p{N}]*[وف](?!ال)(?!(?:${TELLING})(?!${L}))\\p{L}{2,7}(?:وا|(?<![اوي])ت)(?!${L})`,
  'u',
);

/**
 * The words a place is named after where a deed is done there: "في حي X", "قرب قضاء X", "على الطريق
 * بين X وY", "near X"; or the district holding the village so named ("في قرية X التابعة لقضاء Y").
 * Not where the doers came from or what the place borders ("من جهة محافظة X", "قادمة من X",
 * "المحاذي للحدود الإدارية لمحافظة X", "from the direction of X"), nor a speaker's ground ("مصدر في
 * شرطة قضاء X", "مؤتمر صحفي عقده ببغداد", a command's name "قيادة عمليات X"): the deed's own place.
 */
const DEED_AT = new RegExp(
  `(?<!${L})(?:${anyOf(['في', 'قرب', 'بالقرب من', 'على', 'عند', 'داخل', 'وسط', 'in', 'near', 'at', 'on', 'inside', 'التابعة ل', 'التابع ل'])})\\s*$`,
  'iu',
);

/** The clause names `place` right after a word of where a deed is done (`DEED_AT`). */
function namedAsDeedPlace(clause: string, place: ResolvedPlace): boolean {
  const at = clause.indexOf(place.text);
  if (at < 0) return false;
  const before = normalizeForMatch(clause.slice(0, at)).trimEnd();
  const opening = normalizeForMatch(/^\S+(?:\s+من)?/u.exec(place.text)?.[0] ?? '');
  return DEED_AT.test(before) || DEED_AT.test(opening);
}

/**
 * "قال مصدر إن مسلحين أقاموا سيطرة وهمية على الطريق بين X وY غربي بغداد، وأوقفوا حافلتين
 * واختطفوا أربعة عشر رجلاً", "اقتحم مسلحون منزلاً في حي X، وقتلوا عشرة": the sentence's first
 * clause names the place where its doers were (`namedAsDeedPlace`) and tells no event of its own
 * (its deed is no event word: setting up a checkpoint, stopping a bus, storming a house), and the
 * clause that tells what the same doers did next names none — the deed's place is the first
 * clause's, when no incident told before lies in its governorate (the border guards' clash near
 * al-Qaim after a strike across the border). Returns that place, or null.
 */
export function placeDoersWentOn(
  first: { reportsEvent: boolean; place: ResolvedPlace | null; text: string } | null,
  matchText: string,
  current: { place: ResolvedPlace | null } | undefined,
): ResolvedPlace | null {
  if (!first || first.reportsEvent || !first.place?.governorate) return null;
  // (where the incident told before lies in the same governorate, the clause goes on with it, as it
  // did: "تقدمت القطعات على محور راوة، واشتبكت …" after a lead of the operation in Anbar)
  if (current?.place?.governorate && sameGovernorate(current.place, first.place)) return null;
  if (!SAME_DOERS_GO_ON.test(matchText) || !namedAsDeedPlace(first.text, first.place)) return null;
  return first.place;
}
