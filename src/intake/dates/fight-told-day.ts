// The day the sentence before gave the fighting, for a toll told next "in the fighting".
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { DateMention } from '../reading/types.js';
import { isBackground } from './event-period.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A sentence that told a day and drew no incident: its index among the article's sentences, that
 * day, and where the sentence placed the fight (null: nowhere the gazetteer knows).
 */
export interface UntoldDay {
  at: number;
  day: DateMention;
  place: ResolvedPlace | null;
}

/**
 * "in the last hours of fighting", "during the first days of the battle", "خلال الساعات الأخيرة من
 * المعارك": a stretch of the fight told before, pointed back at.
 */
const HOURS_OF_FIGHT = new RegExp(
  `(?<!${L})(?:in|during) the (?:last|final|first|early|opening) (?:hours|days|minutes) of (?:the )?(?:fighting|battle|assault|clashes|offensive)(?!${L})|(?<!${L})(?:${anyOf(['خلال', 'في'])})\\s+(?:${anyOf(['الساعات', 'الأيام'])})\\s+(?:${anyOf(['الأولى', 'الأخيرة'])})\\s+(?:${anyOf(['من'])})\\s+(?:${anyOf(['المعارك', 'القتال', 'الاشتباكات', 'الهجوم', 'المعركة'])})(?!${L})`,
  'u',
);

/**
 * "The last push on the village ran overnight from Thursday into Friday.", then "A commander said
 * some 20 IS fighters died in the final hours of the battle": the sentence just before told
 * when the fighting was, before the day of the news, and drew no incident (no toll, no event word
 * the article counts); a toll with no day of its own told "in the fighting" is of that fighting, on
 * that day. Returns the day, or null.
 */
export function dayOfFightTold(
  untold: UntoldDay | null,
  at: number,
  facts: ClauseFacts,
  published: string,
): DateMention | null {
  // (a day of the news itself is no earlier fight's: a dateline, "الأحد 12 أيار 2024", tells when it was put out)
  if (!untold || untold.at !== at - 1 || untold.day.date.to >= published || facts.eventDate) return null;
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (killed === null && wounded === null && attackersKilled === null) return null;
  return facts.refersBack || HOURS_OF_FIGHT.test(facts.matchText) ? untold.day : null;
}

/**
 * The day a fight was told, as it stands after a sentence: the sentence's own day where it told one
 * and drew no incident; else, before any incident was drawn, where it told neither a day nor an
 * incident ("The Observatory said the alliance took control of the town after a swift assault"), the
 * day told before it still stands — what the sentence said goes on about that fight, and the toll
 * told next "in the fighting" is of it (once an incident was told, "in the attack" points back to
 * that one).
 */
export function untoldDayAfter(
  untold: UntoldDay | null,
  at: number,
  day: DateMention | null,
  drew: { sentence: boolean; article: boolean },
  published: string,
  placeOf: () => ResolvedPlace | null,
): UntoldDay | null {
  if (drew.sentence) return null;
  if (day) return isBackground(day.date, published) ? null : { at, day, place: placeOf() };
  return untold && !drew.article ? { ...untold, at } : null;
}
