// "شيّع الأهالي الطفل أحمد العلي، الذي قُتل أمس بانفجار لغم": a definite person noun, his name, then
// the singular relative right before the verb: the one the relative clause says was hit, one person.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { nameAndAgeBetween } from './name-and-age.js';

const WHO_ONE = new Set(['الذي', 'التي'].map(normalizeForMatch));

/**
 * Whether the definite person noun at `person` ("الطفل", "الشاب"), a name after it ("أحمد العلي"),
 * and "الذي"/"التي" stand right before the verb at `cue`: the name makes the noun one person told of,
 * whatever the main verb before it did (a funeral, a mourning), and the relative makes him the verb's
 * subject. (Not a noun alone, "الرجل الذي قتل", more often the killer than the killed.)
 * `countsOne`: whether a word names one person; `objectAfter`: whether the verb takes an object
 * after it (active, "الذي قتل ثلاثة": he killed them).
 */
export function namedWhoWasHit(
  tokens: readonly Token[],
  numbers: Numbers,
  person: number,
  cue: number,
  countsOne: (word: string) => boolean,
  objectAfter: boolean,
): boolean {
  const named = tokens[person]?.word ?? '';
  return (
    !objectAfter &&
    named.startsWith(normalizeForMatch('ال')) &&
    countsOne(named) &&
    WHO_ONE.has(tokens[cue - 1]?.word ?? '') &&
    nameAndAgeBetween(tokens, numbers, person, cue - 1)
  );
}
