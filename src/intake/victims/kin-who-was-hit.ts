// "فيما نجت زوجته التي أصيبت بطلق ناري": someone's own, then "who", then the verb: one person hit.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { POSSESSED } from '../casualties/casualty-words.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

const WHO_ONE = new Set(['الذي', 'التي'].map(normalizeForMatch));

/**
 * The person noun with a possessive pronoun at `start` ("زوجته", "شقيقها", "مرافقه"), then the
 * singular relative, right before the singular casualty verb at `cue`: the one the relative clause
 * says was hit, one person, whatever the main verb told of him ("نجت", "نُقل"). A thing so named
 * ("منزله الذي أصيب بقذيفة") is no one: its noun counts nobody.
 */
export function kinWhoWasHit(tokens: readonly Token[], start: number, cue: number): boolean {
  const named = tokens[start]?.word ?? '';
  return (
    start === cue - 2 &&
    WHO_ONE.has(tokens[cue - 1]?.word ?? '') &&
    POSSESSED.some((pronoun) => named.endsWith(pronoun)) &&
    arabicNounCount(named) === 1
  );
}
