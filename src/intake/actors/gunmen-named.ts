// Gunmen the text does not name, once it names the armed group they belong to.
import { NON_STATE, type ActorId } from './actor-table.js';

/** Unnamed gunmen give way to an armed group the same telling names: they are its men, not a second doer. */
export const gunmenOfNamedGroup = (actors: readonly ActorId[]): ActorId[] =>
  actors.some((a) => a !== 'unknown_gunmen' && NON_STATE.has(a))
    ? actors.filter((a) => a !== 'unknown_gunmen')
    : [...actors];
