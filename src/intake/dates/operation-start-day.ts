// "…جاءت في إطار عملية الدرع الفولاذي التي انطلقت السبت": the day the operation began, not the blow's.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A blow told as part of an operation, a campaign or a battle, then a relative clause telling it began,
 * right before the day ("في إطار عملية الدرع الفولاذي التي انطلقت السبت", "ضمن حملة أمنية بدأت الأحد",
 * "part of an operation which began on Saturday"): the blow told is one of that operation's, later
 * than its start; the day is the operation's (not "العملية التي انطلقت فجر أمس أسفرت عن مقتل 60": the
 * operation's own toll) (a blow with no other day keeps the one the article told).
 */
const OPERATION_BEGAN = new RegExp(
  `(?<!${L})(?:${anyOf(['في إطار', 'ضمن'])})\\s+(?:${anyOf(['عملية', 'العملية', 'حملة', 'الحملة', 'معركة', 'المعركة'])})(?:\\s+[^\\s،,.؛]+){0,4}?\\s+(?:${anyOf(['التي', 'الذي'])}\\s+)?(?:${anyOf(['انطلقت', 'بدأت', 'أطلقت', 'انطلق', 'بدأ', 'أطلق'])})(?:${anyOf(['ها', 'ه'])})?(?:\\s+${anyOf(['في', 'يوم', 'منذ'])})?\\s*$|(?<!${L})part\\s+of\\s+(?:(?:an?|the)\\s+)?(?:[^\\s.,;]+\\s+){0,3}?(?:operation|offensive|campaign)(?:\\s+[^\\s.,;]+){0,3}?,?\\s+(?:(?:which|that)\\s+)?(?:was\\s+)?(?:began|begun|started|launched|got\\s+under\\s+way)(?:\\s+(?:on|in|early|late))?\\s*$`,
  'u',
);

/**
 * The dates a clause (in matching form) gives for its event, less the day the operation it belongs to
 * began, and the feast day told beside it ("التي انطلقت السبت، ثالث أيام عيد الفطر").
 */
export function withoutOperationStartDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const started: DateMention[] = [];
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    const before = started.at(-1);
    const beside = before !== undefined && /^\s*[،,]\s*$/u.test(matchText.slice(before.end, d.start));
    if (beside || OPERATION_BEGAN.test(matchText.slice(0, d.start))) started.push(d);
  }
  return dates.filter((d) => !started.includes(d));
}
