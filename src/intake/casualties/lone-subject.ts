// One word between a victim's verb and the next casualty verb: the verb's whole subject, counted by its form.
import { one, type CountPhrase } from './casualty-phrase.js';
import { VICTIM_SUBJECT_VERBS } from './construct-dual.js';
import type { Token } from '../reading/tokens.js';

/**
 * The forms that name a person whatever the noun: an active participle ("زائر", "حارس"; "مصل",
 * "مسعف", "متطوع") or a nisba ("مدني", "عراقي"). A word told of in neither form (a weapon, a day) is
 * no one.
 */
const PARTICIPLE = /^\p{L}ا\p{L}{2}$/u;
const PREFIXED_PARTICIPLE = /^م\p{L}{2,5}$/u;
const NISBA = /^\p{L}{2,6}ي$/u;
/**
 * The sound plural's endings ("مدنيون", "مسعفين", "ممرضات") count no number, and the accusative's
 * alif ("مؤخرا", "صباحا") is an adverb's, never the subject's.
 */
const NO_SUBJECT_COUNT = /(?:ون|ين|ات|ا)$/u;
/** A dual's stem is at least this long: "زائران", "مصليان" (not the names "عثمان", "مروان"). */
const DUAL_STEM = 4;

function namesPerson(word: string): boolean {
  return PARTICIPLE.test(word) || PREFIXED_PARTICIPLE.test(word) || NISBA.test(word);
}

/** How many a lone indefinite noun names by its form: one, two for its dual, else null. */
function countByForm(word: string): number | null {
  if (word.startsWith('ال') || NO_SUBJECT_COUNT.test(word)) return null;
  if (word.endsWith('ان')) {
    const stem = word.slice(0, -2);
    return stem.length >= DUAL_STEM && namesPerson(stem) ? 2 : null;
  }
  return namesPerson(word) ? 1 : null;
}

/**
 * "قتل حارسان وأصيب أربعة", "قتل مصل وأصيب ثلاثة": the one word right after a verb whose subject
 * is the victim, with the next casualty verb joined by "و" right after it, is that verb's whole
 * subject, however rare the noun; it counts one, or two in the dual, where its form names a person.
 * `stops` are the tokens that hold a casualty cue.
 */
export function loneSubjectAt(
  tokens: readonly Token[],
  at: number,
  stops: ReadonlySet<number>,
): CountPhrase | null {
  const next = tokens[at + 1];
  if (!VICTIM_SUBJECT_VERBS.has(tokens[at - 1]?.word ?? '')) return null;
  if (!next || !stops.has(at + 1) || !next.word.startsWith('و')) return null;
  const n = countByForm(tokens[at]?.word ?? '');
  return n === null ? null : { value: one(n), next: at + 1, start: at };
}
