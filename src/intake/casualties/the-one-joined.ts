// "killing two fighters and the civilian driver": one more person, named by what they were.
import { BE, BREAKS, EN_PERSONS } from './casualty-words.js';
import type { Token } from '../reading/tokens.js';

/** How many describing words may stand between "the" and the noun ("the civilian driver"). */
const DESCRIBING_REACH = 2;

/**
 * The index after "the" + a singular person noun at `at`, joined by "and" to a count before it
 * ("two soldiers and the driver", "three children and the local mukhtar"): one person more. null
 * where no such noun follows, or where a form of "be" starts a clause of its own after it ("… and
 * the officer was wounded" tells of another verb's subject).
 */
export function theOneJoined(tokens: readonly Token[], at: number): number | null {
  if (tokens[at]?.word !== 'the') return null;
  for (let j = at + 1; j <= at + 1 + DESCRIBING_REACH; j++) {
    const w = tokens[j]?.word ?? '';
    if (EN_PERSONS.has(w)) {
      let next = j + 1;
      while (EN_PERSONS.has(tokens[next]?.word ?? '')) next++;
      return BE.has(tokens[next]?.word ?? '') ? null : next;
    }
    if (w === '' || w === 'and' || BREAKS.has(w) || BE.has(w)) return null;
  }
  return null;
}
