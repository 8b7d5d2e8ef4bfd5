// "killed a family of six", "قتل أفراد عائلة مكونة من خمسة أشخاص": the family's size is the count.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

const f = normalizeForMatch;
const FAMILY_AR = new Set(['عائلة', 'أسرة', 'عائلته', 'أسرته'].map(f));
const MEMBERS_AR = new Set(['أفراد', 'جميع', 'كامل'].map(f));
const MADE_OF_AR = new Set(['مكونة', 'مؤلفة', 'تتألف', 'تتكون'].map(f));

/**
 * Where the size of a family named as the verb's object is told: "a family of six" (English), "أفراد
 * عائلة مكونة من خمسة" / "أسرة مؤلفة من ستة" (Arabic) — its count is the dead; else null.
 */
export function familySizeAt(tokens: readonly Token[], at: number): number | null {
  const w = (i: number): string => tokens[i]?.word ?? '';
  let i = at;
  if (w(i) === 'a' || w(i) === 'an' || w(i) === 'the' || MEMBERS_AR.has(w(i))) i++;
  if (w(i) === 'family' && w(i + 1) === 'of') return i + 2;
  if (FAMILY_AR.has(w(i)) && MADE_OF_AR.has(w(i + 1)) && w(i + 2) === f('من')) return i + 3;
  return null;
}
