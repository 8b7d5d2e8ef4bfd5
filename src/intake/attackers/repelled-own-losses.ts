// "Peshmerga forces repelled an IS attack on their positions, killing at least 26 militants", then
// "Three Peshmerga fighters were killed and seven wounded in the fighting": an attack told fought off
// by the side it hit, whose only dead told so far are the attackers it killed (kept apart), then that
// side's own dead of the fight — one fight between two sides, its toll both sides' dead (as
// operation-own-losses.ts reads an operation's own losses after the militants it killed), the
// attackers no longer set apart from victims.
import type { Building } from '../incidents/incident-types.js';

/**
 * The event, an attack its target fought off (`foughtOff`: fight-sides.ts's FOUGHT_OFF found in its
 * opening clause), counted its attackers' dead only.
 */
export function repelledAttackersOnly(event: Building, foughtOff: boolean): boolean {
  return foughtOff && event.killed === null && event.attackersKilled !== null;
}
