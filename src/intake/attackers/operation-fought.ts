// "مقتل نحو 20 عنصراً من التنظيم في عملية نفذتها قطعات الجيش…، فيما أكدت استشهاد اثنين من مقاتلي
// الحشد": forces' operation against an armed group, its dead counted first, then the forces' own
// dead told martyred — one fight between two forces, its toll both sides' (as "clashes" would be),
// though no word of fighting is told.
import { NON_STATE } from '../actors/actor-table.js';
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { MARTYRDOM_AR, MARTYRED_VERBS_AR } from './martyred-joined.js';

/**
 * "في عملية", "خلال حملة", "بعملية عسكرية" (matching form): the dead fell in an operation — not one
 * told as a suicide attack, an assassination, a bombing or a kidnapping, one side's blow.
 */
export const IN_OPERATION = new RegExp(
  `(?<!${L})(?:${anyOf(['في', 'خلال', 'أثناء'])}\\s+|[بو]?)(?:${anyOf(['عملية', 'العملية', 'عمليات', 'العمليات', 'حملة', 'الحملة'])})(?!${L})(?!\\s+(?:${anyOf(['انتحارية', 'اغتيال', 'تفجير', 'خطف', 'اختطاف', 'إرهابية', 'ارهابية'])})(?!${L}))`,
  'u',
);

/** The martyrdom of dead (verb or noun, matching form): a side's word for its own dead. */
const MARTYRDOM = new RegExp(`(?<!${L})[وف]?(?:${anyOf([...MARTYRED_VERBS_AR, MARTYRDOM_AR])})(?!${L})`, 'u');

/**
 * A blow named in the clause ("بهجوم للتنظيم", "بتفجير", "في قصف"): its dead fell in a blow of
 * their own, not in the operation told before.
 */
const BLOW_NAMED = new RegExp(
  `(?<!${L})[وفب]?(?:${anyOf(['ال'])})?(?:${anyOf(['هجوم', 'هجمات', 'تفجير', 'انفجار', 'غارة', 'غارات', 'قصف', 'كمين', 'عبوة'])})(?!${L})`,
  'u',
);

/** The clause (matching form) names a blow its dead fell in (BLOW_NAMED). */
export const namesBlow = (matchText: string): boolean => BLOW_NAMED.test(matchText);

/**
 * The event was told as an operation in which men of an armed group (a non-state side its clause
 * names among those hit) died, and the clause (matching form) tells dead martyred, in no blow of
 * their own: the other side's dead of the same fight. (The clause's side and place are weighed by the
 * caller, fight-sides.ts.)
 */
export function operationFought(event: Building, clauseMatchText: string): boolean {
  return (
    MARTYRDOM.test(clauseMatchText) &&
    !BLOW_NAMED.test(clauseMatchText) &&
    event.targets.some((side) => NON_STATE.has(side)) &&
    IN_OPERATION.test(matchView(event.source).text)
  );
}
