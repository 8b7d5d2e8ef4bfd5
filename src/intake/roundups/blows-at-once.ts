// Blows in the plural told as struck together: one event of its month, not the month's count.
import { L, anyOf } from '../reading/word-pattern.js';

/** Blows in the plural, as news names a wave of them. */
const BLOWS_AR = anyOf([
  'تفجيرات',
  'انفجارات',
  'هجمات',
  'عمليات تفجير',
  'التفجيرات',
  'الانفجارات',
  'الهجمات',
]);
/** Words that say they were struck at one time: "simultaneous", "coordinated". */
const AT_ONCE_AR = anyOf(['متزامنة', 'متزامن', 'منسقة', 'في وقت واحد', 'في آن واحد', 'المتزامنة', 'المنسقة']);

/**
 * "وكانت المدينة قد شهدت في آب الماضي سلسلة تفجيرات متزامنة … أودت بحياة أكثر من 30 شخصاً", "a wave
 * of coordinated bombings killed 40 people in March": blows in the plural told as struck together
 * ("متزامنة", "منسقة", "في وقت واحد", "simultaneous", "coordinated"), a few words after their noun or
 * just before it, are one event of the month that dates it, however many died — not the month's count
 * of many blows (monthsToll, period-totals.ts), which no word of one time holds together.
 */
const BLOWS_AT_ONCE = new RegExp(
  `(?<!${L})(?:${BLOWS_AR})\\s+(?:[^\\s\\d،,.؛]+\\s+){0,2}?(?:${AT_ONCE_AR})(?!${L})|(?<!${L})(?:simultaneous|coordinated|synchronized|synchronised)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:bombings|blasts|explosions|attacks|car bombs|suicide attacks)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells blows in the plural struck at one time. */
export function blowsAtOnce(matchText: string): boolean {
  return BLOWS_AT_ONCE.test(matchText);
}
