// "أما المرصد فذكر أن…": another source's figures of the items just told, no event of its own.
import type { ResolvedPlace } from '../../places/types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

const TELLS_AR = [
  'ذكر',
  'ذكرت',
  'قال',
  'قالت',
  'أفاد',
  'أفادت',
  'وثق',
  'وثقت',
  'أحصى',
  'أحصت',
  'أكد',
  'أكدت',
];

/**
 * "أما المرصد السوري فذكر أن ١٠ مدنيين قتلوا في كفرنبل", "أما المرصد فقد وثق مقتل…", "The
 * Observatory, for its part, said…": a source set against the one whose figures came before ("as
 * for X, it said"), counting at a place an item told already — that item in this source's figures
 * (the first figures stay), not another event. Returns that item, the first told at its spot.
 */
const AS_FOR_SOURCE = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf(['أما', 'وأما'])})\\s+(?:\\S+\\s+){1,4}?(?:${anyOf(['ف', 'فقد '])})(?:${anyOf(TELLS_AR)})(?!${L})|(?<!${L})for (?:its|their|his|her) part,? (?:\\S+ ){0,3}?(?:said|says|put|counted|documented|reported)(?!${L})`,
  'u',
);

export function asForSourceItem(
  built: readonly Building[],
  facts: ClauseFacts,
  place: ResolvedPlace | null,
): Building | undefined {
  if (!place?.governorate || facts.eventDate || facts.separate || facts.another) return undefined;
  if (facts.casualties.killed === null && facts.casualties.wounded === null) return undefined;
  if (!AS_FOR_SOURCE.test(facts.matchText)) return undefined;
  const spot = (p: ResolvedPlace | null): string | null => p?.locality?.en ?? p?.district?.en ?? null;
  return built.find(
    (b) =>
      (b.killed !== null || b.wounded !== null) && spot(b.place) !== null && spot(b.place) === spot(place),
  );
}
