// "Israel struck targets overnight, after a missile was fired at the Golan on Sunday": the day told
// after "after" is the earlier event's, not the one the clause tells first.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { countedFromAnother } from './counted-day.js';
import { longerThanNight } from './event-period.js';

/**
 * "after" opening a clause of its own ("after a missile was fired", "بعد أن اختطفه مسلحون", "بعدما",
 * "إثر"), not a span counted from it ("hours after", "came two days after": counted-day.ts) nor a
 * part of a day ("shortly after 1 a.m.").
 */
const AFTER_CLAUSE = new RegExp(
  `(?<!(?:hours|days|weeks|minutes|shortly|soon|just|only|came|comes|come|\\d)\\s)(?<!${L})after\\s+(?:a|an|the|its|his|her|their|being|it|they|he|she)(?!${L})|(?<!${L})(?:${anyOf(['بعد أن', 'وبعد أن', 'بعدما', 'إثر', 'اثر', 'على إثر'])})(?!${L})`,
  'u',
);

/**
 * The dates a clause gives its event, less a day told inside a clause opened by "after" when the
 * clause told a day of its own before it: "struck Iranian targets overnight, after a missile was
 * fired on Sunday", "قتل شاب مساء أمس بعد أن اختطفه مسلحون يوم الأحد". The first day is the event's;
 * the later one is the cause's. A day counted from another event is no day of its own.
 */
export function withoutCauseDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  // (a span, "منذ مطلع الشهر الماضي، بعد أن قتل … في 18 تشرين الثاني", is no day of the event's own)
  const own = dates.find((d) => !countedFromAnother(d.date.text) && !longerThanNight(d.date));
  if (!own) return [...dates];
  return dates.filter((d) => d.start <= own.start || !AFTER_CLAUSE.test(matchText.slice(own.end, d.start)));
}
