// Two people told by a dual noun in the construct state, its ن dropped before what they were of.
import { normalizeForMatch } from '../../text/normalize.js';
import { ONE_MORE, POSSESSED } from './casualty-words.js';
import type { Token } from '../reading/tokens.js';

/**
 * Verbs whose subject is the dead or wounded (passive or intransitive): "قُتل", "استشهد", "أصيب".
 * After them a person noun ending in ا is nominative, so no accusative singular ("قتلوا جنديا").
 */
export const VICTIM_SUBJECT_VERBS = new Set(
  ['قتل', 'وقتل', 'قضى', 'وقضى', 'استشهد', 'واستشهد', 'أصيب', 'وأصيب', 'جرح', 'وجرح'].map(normalizeForMatch),
);

/**
 * "قُتل راعيا أغنام" (two shepherds), "استشهد عنصرا الحراسة" (the two guards): the person noun at `i`,
 * read alone as one ("جنديا"), is the dual in the construct state where it is the subject right after
 * a verb whose subject is the victim and is joined to the noun after it with nothing between.
 * `isPersonNoun` says whether a word is a person noun read as one.
 */
export function constructDualAt(
  tokens: readonly Token[],
  i: number,
  isPersonNoun: (word: string) => boolean,
): boolean {
  const word = tokens[i]?.word ?? '';
  const next = tokens[i + 1];
  // (not someone's, whose pronoun ends in ا too: "وأصيب طفلها")
  if (!word.endsWith('ا') || word.startsWith('ال') || POSSESSED.some((x) => word.endsWith(x))) return false;
  if (!next || next.start !== tokens[i]!.end + 1) return false;
  // (not one more, "قتل جندياً آخر", "أصيب عنصراً ثانياً": "another" is the adjective of one person in
  // the accusative, never whose two were, fxtolls44)
  if (ONE_MORE.has(next.word)) return false;
  return VICTIM_SUBJECT_VERBS.has(tokens[i - 1]?.word ?? '') && isPersonNoun(word);
}

/**
 * Killing verbs and nouns whose object, or whose genitive, is the victim: "قتلت", "اغتال", "مقتل",
 * "إصابة". After them a person noun is in the accusative or the genitive.
 */
const VICTIM_OBJECT_WORDS = new Set(
  [
    'قتل',
    'قتلت',
    'قتلوا',
    'وقتلت',
    'وقتلوا',
    'اغتال',
    'اغتالت',
    'اغتالوا',
    'أعدم',
    'أعدمت',
    'أعدموا',
    'مقتل',
    'بمقتل',
    'ومقتل',
    'اغتيال',
    'باغتيال',
    'إصابة',
    'وإصابة',
    'بإصابة',
    'استشهاد',
    'باستشهاد',
  ].map(normalizeForMatch),
);

/** Words that stand after a noun without being what it is of. */
const NOT_OWNER = new Set(
  ['في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'قرب', 'خلال', 'بعد', 'قبل', 'أمام', 'داخل'].map(
    normalizeForMatch,
  ),
);

/**
 * "قتلت خلية راعيي أغنام", "مقتل جنديي الحراسة": the dual in the construct state in the accusative or
 * the genitive, its ين shortened to ي (`stem` + "ي"), right after a killing verb or noun and joined to
 * what they were of. Only for a person noun whose plural is broken (`stems`, less `soundPlural`: "مدنيي
 * القرية" is its civilians, "موظفي الشركة" its employees), and never a word that is itself a stem
 * ("راعي", "قاضي": one).
 */
export function obliqueConstructDualAt(
  tokens: readonly Token[],
  i: number,
  stems: readonly string[],
  soundPlural: ReadonlySet<string>,
): boolean {
  const word = tokens[i]?.word ?? '';
  const next = tokens[i + 1];
  if (!word.endsWith('ي') || word.startsWith('ال') || stems.includes(word)) return false;
  if (!next || next.start !== tokens[i]!.end + 1 || NOT_OWNER.has(next.word)) return false;
  if (!VICTIM_OBJECT_WORDS.has(tokens[i - 1]?.word ?? '')) return false;
  const stem = word.slice(0, -1);
  return stems.includes(stem) && !soundPlural.has(stem);
}
