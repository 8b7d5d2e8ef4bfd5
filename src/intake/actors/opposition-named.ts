// The bare name of the Syrian opposition, where the article has named which factions (beside incident-finish.ts).
import type { ActorId } from './actor-table.js';

/**
 * "clashes between Turkish-backed rebels and the SDF … three of the dead belonged to rebel
 * factions": once the factions are named as the SNA, "rebels" and "الفصائل" told after are those
 * same factions, not a second side.
 */
export function oppositionAsNamed(actors: readonly ActorId[]): ActorId[] {
  return actors.includes('sna') ? actors.filter((a) => a !== 'syrian_opposition') : [...actors];
}
