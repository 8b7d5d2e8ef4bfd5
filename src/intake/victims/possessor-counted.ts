// "A shepherd was killed and his cousin injured": the one whose kin it is was counted by his own verb.
import { CUES } from '../events/event-cues.js';
import type { Token } from '../reading/tokens.js';

/**
 * How far back from the "and" the possessor's own verb may stand: the verb and what tells how, when
 * or where ("was killed instantly and his brother…", "was killed on the spot and his driver…", "was
 * killed in Ramadi and his son…").
 */
const VERB_REACH = 4;

/**
 * "The volunteer and his wife were wounded" counts the possessor with his kin; where a casualty
 * verb of its own stands before the "and" ("A shepherd was killed and his cousin injured", "The
 * council member was killed instantly and his brother was wounded"), the possessor is that verb's,
 * told already, and only the kin is counted here. No further back than another "and".
 */
export function possessorCountedBefore(tokens: readonly Token[], and: number): boolean {
  for (let i = and - 1; i >= Math.max(0, and - VERB_REACH); i--) {
    const word = tokens[i]?.word ?? '';
    if (word === 'and') return false;
    if (` ${word} `.search(CUES.killed) >= 0 || ` ${word} `.search(CUES.wounded) >= 0) return true;
  }
  return false;
}
