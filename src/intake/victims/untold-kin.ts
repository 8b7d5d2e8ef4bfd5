// "killed a prominent businessman and members of his family": one named, his kin told by no number.
import type { Token } from '../reading/tokens.js';

const SOME = new Set(['some', 'several', 'other', 'many', 'most']);
const KIN = new Set(['members', 'relatives']);
const OWNER = new Set(['his', 'her', 'their']);

/**
 * At `at`, past the one named, "and members of his family", "and several relatives", "and his
 * family": more dead joined by no number, so the one named is no count of the dead (a count would say
 * one where the copy says several; the body's own count is left to tell them).
 */
export function untoldKinAt(tokens: readonly Token[], at: number): boolean {
  const w = (k: number): string => tokens[at + k]?.word ?? '';
  if (w(0) !== 'and') return false;
  const k = SOME.has(w(1)) ? 2 : 1;
  if (OWNER.has(w(k)) && w(k + 1) === 'family') return true;
  return KIN.has(w(k)) && (w(k + 1) !== 'of' || (OWNER.has(w(k + 2)) && w(k + 3) === 'family'));
}
