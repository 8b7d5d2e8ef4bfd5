// "…مقر اللواء الواقع على بعد 60 كيلومتراً جنوب غربي بغداد": a spot measured from a city far off.
import type { ResolvedPlace } from '../../places/types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { findNumbers } from '../reading/numbers.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "على بعد 60 كيلومتراً جنوب غربي بغداد", "some 70 km north of Baghdad": a distance measured from a
 * city (its figure the first number of the match).
 */
const MEASURED = new RegExp(
  `(?<!${L})(?:${anyOf(['على بعد', 'على مسافة'])})\\s+(?:${anyOf(['نحو', 'حوالي', 'قرابة'])}\\s+)?\\d+\\s*(?:${anyOf(['كيلومترا', 'كيلومتر', 'كيلومترات', 'كلم', 'كم'])})(?!${L})|(?<!${L})\\d+\\s*(?:kilometres|kilometers|km|miles)\\s+(?:(?:north|south)(?:east|west)?|east|west)(?:-?(?:east|west))?\\s+of(?!${L})`,
  'u',
);
/** From this far a spot may lie in the governorate next door to the city it is measured from. */
const FAR = 30;

/**
 * "أعلنت الهيئة مقتل اثنين بقصف على مقر في جرف النصر شمالي بابل", then "وذكرت أن طائرة استهدفت
 * فجر اليوم المقر الواقع على بعد 60 كيلومتراً جنوب غربي بغداد": a clause that tells no casualties
 * and places its spot only by its distance, tens of kilometres, from a city of another governorate
 * than the event just told (a sentence before at most) tells where that event was, measured from the
 * nearest big city: its place is that event's. Null where the clause is no such telling.
 */
export function measuredFromAfar(
  last: Building | undefined,
  facts: ClauseFacts,
  sentence: number,
): ResolvedPlace | null {
  if (!last?.place?.governorate || !facts.place?.governorate) return null;
  if (sentence - (last.sentences[last.sentences.length - 1] ?? 0) > 1) return null;
  const told = facts.casualties;
  if (told.killed !== null || told.wounded !== null || told.attackersKilled !== null) return null;
  if (last.place.governorate.en === facts.place.governorate.en) return null;
  const measured = MEASURED.exec(facts.matchText);
  const distance = measured ? findNumbers(matchView(measured[0]))[0]?.value : undefined;
  return distance !== undefined && distance >= FAR ? last.place : null;
}
