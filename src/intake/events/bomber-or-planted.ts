// "A suicide bomber blew himself up…", then "…had been killed by a sticky bomb planted in his car": two blows.
import type { IncidentEvent } from '../../content/schema.js';

/**
 * One event a suicide bomber's, the other a bomb planted and set off from afar ("انتحاري يرتدي حزاماً
 * ناسفاً" and "عبوة لاصقة وضعت في سيارته", "a suicide bomber" and "a roadside bomb"): no bomber is
 * also a planted device, so a clause that names the one after the other (by its own, indefinite
 * name: blow-of-its-own.ts) tells another blow.
 */
export function bomberBesidePlanted(current: IncidentEvent | null, told: IncidentEvent | null): boolean {
  const kinds = new Set([current?.subType, told?.subType]);
  return kinds.size === 2 && kinds.has('suicide_bomb') && kinds.has('remote_explosive_landmine_ied');
}
