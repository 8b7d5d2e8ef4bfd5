// A source's report told in the pluperfect as given earlier: the count the event had before the
// one the article now gives (preliminary-toll.ts).
import { TOLL_WORD } from '../incidents/clause-links.js';
import type { Building } from '../incidents/incident-types.js';
import type { ResolvedPlace } from '../../places/types.js';
import { CLAUSE_HEAD, L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "وكان مصدر في المستشفى قد أفاد في وقت سابق بمقتل ستة" ("قد" may be left out: "وكان مصدر أفاد في
 * وقت سابق بأن …"; so is one that had told an outlet, "وكان المصدر ذاته قد أبلغ الوكالة في وقت
 * سابق بمقتل جندي"), "A police officer had earlier put the dead at six": a teller, then "had" and a
 * verb of telling, with what marks it as before the count now given ("في وقت سابق", "حصيلة أولية",
 * "earlier", "initially"). Not "وكان جندي قد قتل في وقت سابق":
 * an earlier event, told by its own verb, not a report of one.
 */
// (what may open the sentence before its first word is no letter of any script: `\W` is any
// character but an ASCII one, Arabic letters among them, and on Arabic text it left the words after
// it to be split every way before the English verb could fail)
export const HAD_REPORTED = new RegExp(
  `${CLAUSE_HEAD}(?:${f(['وكان', 'وكانت', 'كان', 'كانت'])})\\s+(?:\\S+\\s+){1,7}?(?:(?:${f(['قد'])})\\s+)?(?:${f(['أفاد', 'أفادت', 'ذكر', 'ذكرت', 'تحدث', 'تحدثت', 'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'أشار', 'أشارت', 'نقل', 'نقلت', 'أحصى', 'أحصت', 'وثق', 'وثقت', 'أبلغ', 'أبلغت', 'أورد', 'أوردت', 'صرح', 'صرحت'])})(?!${L})|^[^\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}'’-]+,?\\s+){1,8}?had\\s+(?:earlier\\s+|initially\\s+|first\\s+)?(?:said|reported|put|given|told|counted)(?!${L})`,
  'u',
);

/** What marks the report as the earlier one: "في وقت سابق", "حصيلة أولية", "earlier", "initially". */
const BEFORE_NOW = new RegExp(
  `(?<!${L})(?:${f(['في وقت سابق', 'سابقا', 'سابقاً', 'أولية', 'الأولية', 'في البداية'])}|earlier|initially|at first|preliminary|initial)(?!${L})`,
  'u',
);

/** Another event, not the count of this one: "في هجوم آخر", "another attack", "separate". */
export const OTHER_EVENT = new RegExp(
  `(?<!${L})(?:${f(['آخر', 'أخرى', 'منفصل', 'منفصلة'])}|another|separate)(?!${L})`,
  'u',
);

/**
 * The sentence (in matching form) tells a count a source gave earlier, since superseded; a toll
 * told in the pluperfect is one ("On Tuesday the monitor had put the toll at 29", "وكان المرصد قد
 * وثق حصيلة…"): "had" sets it before the toll the article now gives.
 */
export function reportedEarlier(matchText: string): boolean {
  return (
    HAD_REPORTED.test(matchText) &&
    (BEFORE_NOW.test(matchText) || TOLL_WORD.test(matchText)) &&
    !OTHER_EVENT.test(matchText)
  );
}

/** A report given the day before the news: "مساء أمس", "ليلة أمس", "يوم أمس", "yesterday". */
const THE_DAY_BEFORE = new RegExp(`(?<!${L})(?:${f(['أمس', 'الأمس'])}|yesterday)(?!${L})`, 'u');

/**
 * "أفاد مصدر، اليوم، بارتفاع عدد المصابين إلى أربعة", then "وكان مصدر أمني قد أفاد مساء أمس بسقوط
 * ثلاثة صواريخ … ما أدى إلى إصابة اثنين": after a toll told as risen, a source's report of the day
 * before, in the pluperfect, is the event's first telling with its first count, not another event.
 */
export function reportedBeforeRise(matchText: string, riseTold: boolean): boolean {
  return (
    riseTold && HAD_REPORTED.test(matchText) && THE_DAY_BEFORE.test(matchText) && !OTHER_EVENT.test(matchText)
  );
}

/**
 * "…في بلدة كفربطنا", then "وكان المرصد قد وثق أمس السبت استشهاد رجل وزوجته جراء سقوط قذائف على
 * مدينة عربين": a report given earlier whose toll falls at a town the gazetteer knows where no event
 * told so far happened is the toll of an event of its own, not the count one of those had before.
 */
export function reportAtOtherTown(built: readonly Building[], place: ResolvedPlace | null): boolean {
  const town = place?.locality?.en && place.locality.ar ? place.locality.en : null;
  return town !== null && built.every((b) => b.place?.locality?.en !== town);
}
