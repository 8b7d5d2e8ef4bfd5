// "قتلوا رب الأسرة وزوجته واثنين من أبنائه", "قتل رب أسرة وطفلاه": the head of a family (the
// family definite or not), one person named by a construct, before his own kin ("رب" alone is too short to stand as a person noun: it is also "Lord").
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';
import { ownKinJoinedAt } from './parent-with-kin.js';

const HEAD = normalizeForMatch('رب');
const FAMILY = new Set(['الأسرة', 'العائلة', 'أسرة', 'عائلة'].map(normalizeForMatch));

/**
 * The index after "رب الأسرة", "رب العائلة", "رب أسرة" at `i` where his own kin are joined right after it, so
 * the construct counts one person and the kin are read on; null elsewhere ("قال رب الأسرة" names no
 * victim). `count`: how many persons a word names; `numberAt`: whether a number starts at an offset.
 */
export function headOfFamilyAt(
  tokens: readonly Token[],
  i: number,
  count: (word: string) => number | null,
  numberAt: (offset: number) => boolean,
): number | null {
  if (tokens[i]?.word !== HEAD || !FAMILY.has(tokens[i + 1]?.word ?? '')) return null;
  return ownKinJoinedAt(tokens, i + 2, count, numberAt) ? i + 2 : null;
}
