// "…إلى ثلاثة قتلى، بعد أن تحدثت مصادر أولية عن مقتل خمسة": the clause's toll, then the first reports it replaced.
import { L, anyOf as f } from '../reading/word-pattern.js';
import { FIRST_TOLL_AFTER } from './first-toll-after.js';

/**
 * "بعد أن تحدثت مصادر أولية عن مقتل خمسة", "بعدما أفادت أنباء أولية بسقوط…", "after initial reports
 * said five were killed", "after early reports put the dead at five": after "after", a first report —
 * "أولية"/"initial" told of the reports themselves — is the count the clause's own toll, told before
 * it, replaced; its figures are no more of the event's than a denied account's are
 * (denied-after.ts). A report with no word making it the first one ("بعد أن أفاد مصدر بمقتل…") is
 * left alone: that may be the very report the toll comes from.
 */
const FIRST_REPORTS_AFTER = new RegExp(
  // (and the first toll told after the clause's own, "بعد أن كانت الحصيلة الأولية خمسة": first-toll-after.ts)
  `${FIRST_TOLL_AFTER}|(?<!${L})(?:${f(['بعد أن', 'بعدما', 'وذلك بعد أن'])})\\s+(?:${f(['تحدثت', 'تحدث', 'أفادت', 'أفاد', 'ذكرت', 'ذكر', 'أشارت', 'أشار', 'قالت', 'قال', 'أوردت', 'نقلت', 'تناقلت', 'تداولت'])})\\s+(?:${f(['مصادر', 'أنباء', 'تقارير', 'معلومات', 'الأنباء', 'التقارير', 'المعلومات', 'المصادر'])})\\s+(?:\\p{L}+\\s+){0,2}?(?:${f(['أولية', 'الأولية'])})(?!${L})|(?<!${L})after\\s+(?:the\\s+)?(?:initial|early|first|preliminary)\\s+(?:reports|accounts|information)(?!${L})`,
  'u',
);

/** Where, in the clause (in matching form), the first reports replaced by its own toll begin; -1 if none. */
export function firstReportsAfterAt(matchText: string): number {
  const m = FIRST_REPORTS_AFTER.exec(matchText);
  return m && m.index > 0 ? m.index : -1;
}
