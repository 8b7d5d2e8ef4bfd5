// The dead a clause tells, counted as the incident counts its own.
import type { Casualties } from '../casualties/casualties.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * "قتل 50 إرهابياً خلال يومين", then "تمكنت القطعات يوم الجمعة من قتل 30 إرهابياً" ("troops killed 50
 * militants in two days", then "on Friday they killed 30"): where the incident's dead are the
 * militants it killed, a clause that counts militants only counts its dead, another figure for them
 * (held as attackers killed, it would be no figure of the dead at all). `incident`: whose dead are
 * or are not the militants.
 */
export function deadCountedAs(incident: Pick<Building, 'deadAreAttackers'>, told: Casualties): Casualties {
  return incident.deadAreAttackers && told.killed === null && told.attackersKilled !== null
    ? { ...told, killed: told.attackersKilled }
    : told;
}
