// "صدت القوات هجوماً لمسلحي التنظيم على موقع لها، وقتلت تسعة من المهاجمين، فيما قتل ثلاثة من
// عناصرها": an attack on a post, a checkpoint or a base fought off — one side's blow at the other's
// post, not a fight between two forces (a large attack fought off in clashes that lasted) — whose
// attackers killed are kept apart from the defenders' dead (the victims), as they are when no one
// fought the attack off.
import { L, anyOf } from '../reading/word-pattern.js';
import { fightOfTwoForces } from './fight-of-two-forces.js';

/** "هجوماً … على موقع", "هجوم على نقطة": the attack and the post it struck, a few words apart. */
const ATTACK_ON_POST = new RegExp(
  `(?<!${L})[وفبل]?(?:ال)?${anyOf(['هجوما', 'هجوم'])}(?!${L})(?:\\s+[^\\s.،,]+){0,3}?\\s+${anyOf(['على'])}\\s+${anyOf(['موقع', 'نقطة', 'حاجز', 'مقر', 'ثكنة', 'مخفر', 'سيطرة', 'مركز', 'ربيئة', 'نقطتين', 'موقعين'])}(?!${L})`,
  'u',
);

/**
 * The clause that opened the event (matching form) told an attack on a post (ATTACK_ON_POST), no
 * large attack fought off in lasting clashes (fight-of-two-forces.ts): the attackers its later
 * clauses count stay apart from the defenders' dead told after them.
 */
export function postAttackersApart(opened: string): boolean {
  return ATTACK_ON_POST.test(opened) && !fightOfTwoForces(opened);
}
