// "killed a drug smuggler, his wife and their six children": the one hit, named by words the lists
// do not know, ends where his own kin begin.
import { KIN, POSSESSIVES } from './casualty-words.js';
import type { Token } from '../reading/tokens.js';

/**
 * Whether a possessive and a kin noun begin at `j` ("his wife", "her two sons", "their six
 * children"): the words naming one person ("a drug smuggler") end before them, for a person's own
 * kin are no words of what he was but the next ones counted (the comma that parts them is not a
 * token). Not after "of" ("a cousin of his wife" names the one by whose kin he was).
 */
export function ownKinStartsAt(tokens: readonly Token[], j: number): boolean {
  if (!POSSESSIVES.has(tokens[j]?.word ?? '') || tokens[j - 1]?.word === 'of') return false;
  const after = tokens[j + 1]?.word ?? '';
  const kin = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|young|elderly)$/u.test(after)
    ? (tokens[j + 2]?.word ?? '')
    : after;
  return KIN.test(kin);
}
