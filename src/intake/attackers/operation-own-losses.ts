// "العملية أسفرت عن قتل أكثر من 70 إرهابياً", then "القوات فقدت خلال العملية أربعة من منتسبيها":
// forces' operation against armed men, whose only dead told so far are the militants it killed (kept
// apart as attackers), then the forces' own dead lost "during the operation" — one fight between two
// sides, its toll both sides' dead (as fight-sides.ts sums a side's own losses after the enemy dead
// it counted), the militants no attackers of a blow set apart from its victims.
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';
import { IN_OPERATION } from './operation-fought.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** "فقدت … أربعة من منتسبيها" (matching form): a force's own members lost (not a blow's victims by itself). */
const MEMBERS_LOST = new RegExp(
  `(?<!${L})(?:${anyOf(['فقدت', 'فقد', 'فقدوا', 'خسرت', 'خسر'])})(?!${L}).*(?<!${L})${normalizeForMatch('من')}\\s+(?:${anyOf(['منتسبيها', 'منتسبيه', 'منتسبينا'])})(?!${L})`,
  'u',
);

/** The clause (matching form) tells a force lost some of its own members. */
export const membersLost = (clauseMatchText: string): boolean => MEMBERS_LOST.test(clauseMatchText);

/**
 * The event, told as an operation (IN_OPERATION in its opening clause), counted armed men only, as
 * attackers, and the clause (matching form) that tells a side's own dead names the operation too.
 */
export function operationOfArmedDeadOnly(event: Building, clauseMatchText: string): boolean {
  return (
    event.killed === null &&
    event.attackersKilled !== null &&
    event.armedDead &&
    IN_OPERATION.test(clauseMatchText) &&
    IN_OPERATION.test(matchView(event.source).text)
  );
}
