// "…the sectarian killings that have gripped the capital since the bombing of a shrine in Samarra last
// month": an earlier event named as the start of a span is a time, not the place of the event told.
import type { PlaceResolver } from '../../incidents/clause-facts.js';
import type { Language } from '../../../content/schema.js';

/**
 * "since the bombing of …", "since the fall of Mosul", "منذ تفجير المرقد في سامراء", "منذ سقوط
 * الموصل", to the end of the phrase: "since" (منذ) with an event's noun, not a day ("since Monday",
 * "منذ صباح أمس", read as days elsewhere).
 */
const SINCE_EVENT =
  /(?<![\p{L}])since\s+the\s+(?:bombing|attack|blast|explosion|fall|capture|start|beginning|outbreak|invasion|destruction|assassination|killing|massacre)\s+(?:of|on|in|at)(?![\p{L}])[^,.;]*|(?<![\p{L}])منذ\s+(?:تفجير|التفجير|هجوم|الهجوم|سقوط|اجتياح|اندلاع|بدء|بداية|سيطرة|اقتحام|اغتيال|مجزرة|احتلال)(?![\p{L}])[^،,.؛]*/giu;

/**
 * The clause's text (as written) less each span opened by such an earlier event, where the rest still
 * names a place: a clause whose only place is that event's keeps it ("the toll has risen since the
 * bombing in Tikrit" may tell that bombing's own dead).
 */
export function withoutSinceEvent(text: string, lang: Language, resolvePlace: PlaceResolver): string {
  const without = text.replace(SINCE_EVENT, (m) => ' '.repeat(m.length));
  if (without === text) return text;
  return resolvePlace(without, lang)?.governorate ? without : text;
}
