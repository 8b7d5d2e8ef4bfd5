// "وإصابة قريب لهما": a relative of the victims, one more person.
import { normalizeForMatch } from '../../text/normalize.js';
import { POSSESSED } from '../casualties/casualty-words.js';
import { withoutArabicClitic, type Token } from '../reading/tokens.js';

/** "قريب", "قريبة": a relative — and, alone, the adjective "near", so counted only as someone's. */
const RELATIVE = ['قريب', 'قريبت'].map(normalizeForMatch);
/** "له", "لها", "لهما", "لهم": "of his", "of theirs" after an indefinite noun. */
const OF_THEM = new Set(POSSESSED.map((x) => `${normalizeForMatch('ل')}${x}`));

/** "قريبها", "قريبهما", "قريبته": a relative with the owner's pronoun glued on. */
const GLUED = new Set(
  RELATIVE.flatMap((r) => POSSESSED.map((x) => `${r}${x}`)).filter((w) => w !== normalizeForMatch('قريبه')),
);

/**
 * "ما أدى إلى مقتل شقيقين وإصابة قريب لهما", "وأصيب قريبها": a relative of the ones named, told by
 * "of theirs" after the noun or its pronoun glued on — one person (not "قريب من", "near", nor
 * "قرية قريبة", a nearby village). The index after him, or null.
 */
export function relativeOfThemAt(tokens: readonly Token[], i: number): number | null {
  const forms = withoutArabicClitic(tokens[i]?.word ?? '');
  const base = (w: string): string => (w.endsWith(normalizeForMatch('ة')) ? `${w.slice(0, -1)}ت` : w);
  if (forms.some((w) => RELATIVE.includes(base(w))) && OF_THEM.has(tokens[i + 1]?.word ?? '')) return i + 2;
  // (his relative "قريبه" is spelt as "قريبة", near, once matching folds ة: only the unambiguous forms)
  if (forms.some((w) => GLUED.has(w))) return i + 1;
  return null;
}
