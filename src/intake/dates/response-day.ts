// "فرضت السلطات، اليوم السبت، حظراً للتجوال على خلفية المواجهات التي شهدتها الساحة أمس الجمعة": the
// day of a measure taken over an event is not that event's day; the day told of its cause is.
import { CUES } from '../events/event-cues.js';
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { longerThanNight } from './event-period.js';

/**
 * "على خلفية", "over": what follows is the cause the clause before answers. A bare "عقب" / "after" is
 * no such marker: "قتل مدنيان اليوم عقب هجوم أمس" can be a second deed with its own day.
 */
const OVER = new RegExp(`(?<!${L})(?:${anyOf(['على خلفية'])})(?!${L})`, 'u');

/** A deed or a toll: a clause that tells one is the event itself, not a measure over another. */
const tellsDeed = (text: string): boolean =>
  [CUES.action, CUES.killed, CUES.wounded, CUES.combined].some((cue) => text.search(cue) >= 0);

/**
 * The dates a clause gives its event, less the days told before "على خلفية" where what comes before
 * it tells no deed and no toll (a curfew, a mourning, an inquiry) and what follows tells a day of its
 * own: that later day is the event's. "اندلعت اشتباكات اليوم على خلفية اعتقال شاب أمس" keeps its
 * first day, the clashes' own.
 */
export function withoutResponseDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const over = OVER.exec(matchText);
  if (!over || tellsDeed(matchText.slice(0, over.index))) return [...dates];
  const causeDay = dates.some((d) => d.start > over.index && !longerThanNight(d.date));
  return causeDay ? dates.filter((d) => d.start > over.index) : [...dates];
}
