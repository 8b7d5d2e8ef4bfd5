// The day the sentence before gave an operation, for a toll told next "during the operation".
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import type { UntoldDay } from './fight-told-day.js';

/**
 * "وخلال الحملة", "أثناء عملية الدهم", "during the sweep", "in the course of the raid": the
 * security operation told before, by its definite name, as the time the clause's event fell in.
 */
const DURING_OPERATION = new RegExp(
  `(?<!${L})(?:${anyOf(['خلال', 'أثناء', 'وخلال', 'وأثناء', 'وفي أثناء', 'في أثناء'])})\\s+(?:${anyOf(['الحملة', 'العملية', 'المداهمة', 'المداهمات', 'عملية الدهم', 'حملة الدهم', 'حملة التمشيط', 'عملية التمشيط'])})(?!${L})|(?<!${L})(?:during|in the course of) the (?:sweep|raid|raids|operation|campaign|crackdown|security operation)(?!${L})`,
  'u',
);

/**
 * "وبدأت القوات صباح اليوم حملة تمشيط في قرى المنطقة، اعتقلت خلالها تسعة", then "وخلال الحملة،
 * اشتبكت قوة مع مسلحين، ما أدى إلى مقتل اثنين": the sentence just before told the day of an operation
 * and drew no incident; a toll with no day of its own told as falling during that operation is of
 * that day, whether it is the day of the news ("today") or before it. Returns the day, or null.
 */
export function dayOfOperationTold(
  untold: UntoldDay | null,
  at: number,
  facts: ClauseFacts,
): DateMention | null {
  if (!untold || untold.at !== at - 1 || facts.eventDate) return null;
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (killed === null && wounded === null && attackersKilled === null) return null;
  return DURING_OPERATION.test(facts.matchText) ? untold.day : null;
}
