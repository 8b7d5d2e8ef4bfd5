// "قتل أب ونجليه", "مقتل أم وطفليها", "مقتل أب واثنين من أبنائه": a parent heads a list of their own kin.
import type { Token } from '../reading/tokens.js';
import { PARENTS } from '../victims/pair-retold.js';

/** A pronoun of one owner on the kin: "ونجليه", "وطفليها", "أبنائه" (the parent's own). */
const ONE_OWNER = /(?:ه|ها)$/u;
const OF = 'من';

/**
 * Whether the parent word at `i` ("أب", "أم": too short to stand as person nouns, "آب" is August)
 * counts one person: only where the next word joins, by "و", kin owned by one ("ونجليه", "وطفلاه",
 * "وابنه") or a number of them ("واثنين من أبنائه"), so the list is the parent and the parent's own.
 * `count`: how many persons a word names; `numberAt`: whether a number starts at a text offset.
 */
export function parentWithKinAt(
  tokens: readonly Token[],
  i: number,
  count: (word: string) => number | null,
  numberAt: (offset: number) => boolean,
): boolean {
  return PARENTS.has(tokens[i]?.word ?? '') && ownKinJoinedAt(tokens, i + 1, count, numberAt);
}

/**
 * Whether the word at `at` joins, by "و", kin owned by one ("ونجليه", "وطفلاه", "وابنه") or a number
 * of them ("واثنين من أبنائه"): the one named just before is their own, one person.
 */
export function ownKinJoinedAt(
  tokens: readonly Token[],
  at: number,
  count: (word: string) => number | null,
  numberAt: (offset: number) => boolean,
): boolean {
  const next = tokens[at];
  if (!next?.word.startsWith('و')) return false;
  if (ONE_OWNER.test(next.word) && count(next.word) !== null) return true;
  return (
    (numberAt(next.start) || numberAt(next.start + 1)) &&
    tokens[at + 1]?.word === OF &&
    ONE_OWNER.test(tokens[at + 2]?.word ?? '')
  );
}
