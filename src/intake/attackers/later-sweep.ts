// A sweep for the attackers on a later day than their attack: an operation of its own.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** A combing or search operation: "حملة تمشيط", "عملية تفتيش", "a sweep", "a combing operation". */
const SWEEP = new RegExp(
  `(?<!${L})(?:${anyOf(['حملة تمشيط', 'حملات تمشيط', 'عملية تمشيط', 'عمليات تمشيط', 'حملة تفتيش', 'عملية تفتيش', 'عمليات تفتيش', 'حملة دهم', 'حملة أمنية', 'عملية أمنية'])}|(?:combing|search|sweep|security|clearing) operations?|sweep|manhunt)(?!${L})`,
  'u',
);

/**
 * "قُتل 12 عنصراً بكمين مساء الأربعاء", then "وأعلنت القوات صباح اليوم الخميس إطلاق حملة تمشيط أسفرت
 * عن مقتل ثلاثة من المسلحين المتورطين في الكمين" ("gunmen ambushed a patrol on Wednesday", then
 * "troops launched a combing operation on Thursday, killing three of the gunmen behind the
 * ambush"): a sweep whose only dead are the armed men it hunted, told on a later day than the event
 * (its own day, or the day it was announced), is an operation of its own, those men its killed —
 * not attackers killed in the event. Returns that day, or null.
 */
export function sweepOnLaterDay(last: Building | undefined, facts: ClauseFacts): DateMention | null {
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (!last?.date || attackersKilled === null || killed !== null || wounded !== null) return null;
  if (!SWEEP.test(facts.matchText)) return null;
  const day = facts.eventDate ?? facts.reportingDate;
  return day && day.date.from > last.date.to ? day : null;
}
