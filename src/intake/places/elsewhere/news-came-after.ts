// "وتأتي أحداث الناصرية بعد ساعات من إحراق القنصلية في النجف": the news the clause opens on is not
// where the earlier event it goes on to tell happened.
import type { Language } from '../../../content/schema.js';
import type { PlaceResolver } from '../../incidents/clause-facts.js';

/** The news, told as coming after something: "وتأتي أحداث X بعد", "The clashes in X came a day after". */
const NEWS_CAME_AFTER =
  /^\s*["«“]?\s*(?:و?(?:يأتي|ياتي|تأتي|تاتي|جاء|جاءت)\s+[^،,.؛]{1,40}?\s+(?:بعد|عقب)\s|(?:the|this|these|it)\s[^,.;]{0,60}?\s(?:comes?|came)\s(?:[\p{L}\d-]+\s){0,4}?after\s)/iu;

/**
 * The clause (as written) less the news it opens on, where the words after "after" name a place and
 * a day (or night) of their own: the event told there happened at that place ("…بعد يومين من تفجير
 * … في كربلاء مساء الجمعة"), not in the town of the news that came after it. With no day of its own
 * ("ويأتي الهجوم على تلعفر بعد أسابيع من استعادة مدينة الموصل") what follows "after" is the news's
 * background, and the news keeps its town (as blowCameBefore in followups/earlier-events.ts).
 * `ownDayFrom`: the clause tells a day at or past an offset of `text`.
 */
export function withoutNewsCameAfter(
  text: string,
  lang: Language,
  resolvePlace: PlaceResolver,
  ownDayFrom: (at: number) => boolean,
): string {
  const head = NEWS_CAME_AFTER.exec(text);
  if (!head || !ownDayFrom(head[0].length)) return text;
  const rest = text.slice(head[0].length);
  return resolvePlace(rest, lang)?.governorate ? ' '.repeat(head[0].length) + rest : text;
}
