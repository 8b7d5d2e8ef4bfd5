// "مقتل منتسب في الشرطة واثنين من أفراد العصابة": the body a counted member served in, told by "في"
// rather than the partitive "من" ("منتسب في الشرطة", "عنصرين في الجيش") — whose they were, as "من
// الشرطة" tells it, not where they fell, so a second side's count joined after the body's name is
// still that side's (other-side-count.ts).
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

/**
 * Forces and armed bodies men serve in, named after "في" (matching form): police, army, the
 * Popular Mobilisation, security forces, the Peshmerga, a division, brigade or regiment.
 */
const BODIES = new Set(
  [
    'الشرطة',
    'الجيش',
    'الحشد',
    'القوات',
    'قوات',
    'الأمن',
    'البيشمركة',
    'الفرقة',
    'اللواء',
    'الفوج',
    'الصحوة',
    'الصحوات',
    'شرطة',
    'جهاز',
  ].map(normalizeForMatch),
);

const IN = normalizeForMatch('في');

/** The word at `i` is "في" naming the body the count before it served in ("في الشرطة المحلية"). */
export function servedInAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.word !== IN) return false;
  const body = tokens[i + 1]?.word ?? '';
  return BODIES.has(body);
}
