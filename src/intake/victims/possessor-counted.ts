// "A shepherd was killed and his cousin injured": the one whose kin it is was counted by his own verb.
import { CUES } from '../events/event-cues.js';
import type { Token } from '../reading/tokens.js';

/**
 * "The volunteer and his wife were wounded" counts the possessor with his kin; where a casualty
 * verb of its own stands before the "and" ("A shepherd was killed and his cousin injured"), the
 * possessor is that verb's, told already, and only the kin is counted here.
 */
export function possessorCountedBefore(tokens: readonly Token[], and: number): boolean {
  const before = ` ${tokens[and - 1]?.word ?? ''} `;
  return before.search(CUES.killed) >= 0 || before.search(CUES.wounded) >= 0;
}
