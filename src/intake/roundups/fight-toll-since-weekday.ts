// The dead of one fight counted since the weekday it began: that fight's running toll, not a tally of days.
import { WEEKDAY } from '../dates/date-patterns.js';
import { FIGHT_NOUNS_AR, FIGHT_NOUNS_EN, IN_FIGHT_PREPOSITIONS_AR } from '../attackers/fight-nouns.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** Words that spread a fight over many places: "متفرقة", "across the country" — many fights, summed. */
const SPREAD = `(?:${anyOf(['متفرقة', 'مختلف', 'مختلفة', 'عدة', 'أنحاء', 'مناطق', 'جبهات', 'المحافظات'])}|across|several|various|fronts|provinces)(?!${L})`;

/**
 * "قتل نحو 300 شخص في معارك المدينة منذ الخميس", "…قتلوا في الاشتباكات منذ يوم السبت", "200 people
 * have been killed in the fighting for the town since Thursday": the dead placed in a fight (a fight
 * noun after a preposition that places them in it, then at most a few words naming where), counted
 * since the weekday it began. One offensive or battle still going on, its running toll over the days
 * since (an incident of those days), however many days back the weekday lies — not the dead of every
 * blow since a day that killed-since-day.ts sums (a monitor's "1,200 killed since Thursday"), nor a
 * fight spread over many places ("في اشتباكات متفرقة", "across several fronts").
 */
const FIGHT_SINCE_WEEKDAY = new RegExp(
  `(?<!${L})(?:${anyOf(IN_FIGHT_PREPOSITIONS_AR)})\\s+(?:ال)?(?:${anyOf(FIGHT_NOUNS_AR)})(?!${L})(?:\\s+(?!${SPREAD})[^\\s\\d،,.]+){0,3}?\\s+(?:${anyOf(['منذ'])})\\s+(?:${anyOf(['يوم'])}\\s+)?${WEEKDAY('day')}(?!${L})|(?<!${L})in\\s+(?:the\\s+)?${FIGHT_NOUNS_EN}(?:\\s+(?:for|in|of|around|over)(?:\\s+(?!${SPREAD})[\\p{L}'’-]+){1,3}?)?\\s+since\\s+(?:last\\s+)?${WEEKDAY('d2')}(?!${L})`,
  'u',
);

/** The clause (in matching form) counts the dead of one fight since the weekday it began. */
export function fightTollSinceWeekday(matchText: string): boolean {
  return FIGHT_SINCE_WEEKDAY.test(matchText);
}
