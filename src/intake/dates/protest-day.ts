// "وتجمع المئات صباح أمس احتجاجا على قصف تركي الأسبوع الماضي أسفر عن مقتل ستة": the day of a protest
// is not the day of the blow it was held against; the day told of the blow is.
import { CUES } from '../events/event-cues.js';
import { PROTESTED_BLOW } from '../places/protested-blow.js';
import type { DateMention } from '../reading/types.js';

/** A deed or a toll before the protest: then the clause tells an event of its own, not a gathering. */
const tellsDeed = (text: string): boolean =>
  [CUES.action, CUES.killed, CUES.wounded, CUES.combined].some((cue) => text.search(cue) >= 0);

/**
 * The dates a clause gives its event, less the days told before "احتجاجا على <blow>" ("in protest at
 * <a strike>") where what comes before tells no deed and no toll (a gathering, a march) and the blow
 * is told with a day of its own after it ("الأسبوع الماضي", "on Sunday"; a week or a month back
 * too, the blow's own time however long): that later day is the blow's, whose casualties the clause
 * goes on to count.
 */
export function withoutProtestDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const protest = new RegExp(PROTESTED_BLOW.source, PROTESTED_BLOW.flags).exec(matchText);
  if (!protest || tellsDeed(matchText.slice(0, protest.index))) return [...dates];
  const blowDay = dates.some((d) => d.start > protest.index);
  return blowDay ? dates.filter((d) => d.start > protest.index) : [...dates];
}
