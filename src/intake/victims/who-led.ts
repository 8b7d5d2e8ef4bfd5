// "gunmen killed a tribal sheikh who led a local force and his two sons": the kin after a "who" clause.
import { BE, KIN, POSSESSIVES } from '../casualties/casualty-words.js';
import { CUES } from '../events/event-cues.js';
import type { Token } from '../reading/tokens.js';

/** Words a short "who" clause of the one hit may not hold: another clause or an owner of its own. */
const CLAUSE_ENDS = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'when',
  'while',
  'after',
  'said',
  'says',
]);

/**
 * Whether the "who" at `at` opens a short clause describing the one counted ("a sheikh who led a
 * local volunteer force", "a teacher who ran the village school") that a companion or kin of his may
 * be joined after ("… and his two sons"), so the count reads on past it. Only an active verb right
 * after "who" (not "who was", "who had been": told of what befell him, its own clause), no verb of
 * harm ("a man who killed …" is a doer), and no possessive or kin within it: "a man who lost his
 * brother and his two sons" joins the sons to the clause's own object, not to the one counted.
 * `upTo`: the index of the "and" the kin is joined by.
 */
export function whoClauseDescribes(tokens: readonly Token[], at: number, upTo: number): boolean {
  if (tokens[at]?.word !== 'who') return false;
  const verb = tokens[at + 1]?.word ?? '';
  if (!verb || BE.has(verb) || !/^\p{L}+ed$/u.test(verb) || harmVerb(verb)) return false;
  for (let j = at + 1; j < upTo; j++) {
    const word = tokens[j]!.word;
    if (CLAUSE_ENDS.has(word) || POSSESSIVES.has(word) || KIN.test(word) || word === 'and') return false;
  }
  return true;
}

/** The cues as plain patterns: the shared ones are global, and testing them would move their lastIndex. */
const KILLED = new RegExp(CUES.killed.source, 'u');
const WOUNDED = new RegExp(CUES.wounded.source, 'u');

function harmVerb(word: string): boolean {
  const padded = ` ${word} `;
  return KILLED.test(padded) || WOUNDED.test(padded);
}
