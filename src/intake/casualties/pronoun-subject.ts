// "قتلت زوجته وطفلاه، وأصيب هو بجروح": the verb's subject a personal pronoun, the one already named.
import { one, type CountPhrase } from './casualty-phrase.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** The pronouns a passive casualty verb takes as its whole subject, and how many each names. */
const PRONOUNS = new Map([
  [normalizeForMatch('هو'), 1],
  [normalizeForMatch('هي'), 1],
  [normalizeForMatch('هما'), 2],
]);

/**
 * The pronoun right after the verb is who was hit ("وأصيب هو بجروح", "أصيبا هما"): one, or two for
 * "هما". Not where someone is joined to it ("قتل هو ونجله", "هو مع زوجته"): those are counted by the
 * readers of kin (casualties-ar.ts).
 */
export function pronounSubjectAt(tokens: readonly Token[], at: number): CountPhrase | null {
  const n = PRONOUNS.get(tokens[at]?.word ?? '');
  if (n === undefined) return null;
  const next = tokens[at + 1]?.word ?? '';
  if (next.startsWith(normalizeForMatch('و')) || next === normalizeForMatch('مع')) return null;
  return { value: one(n), next: at + 1, start: at };
}
