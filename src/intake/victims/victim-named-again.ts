// A victim already counted, named again by what befell them: no one more.
import { EN_PERSONS } from '../casualties/casualty-words.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** What befell the victim, as a definite adjective after a definite noun ("الضابط القتيل"). */
const BEFELL_AR = anyOf([
  'القتيل',
  'القتيلة',
  'المقتول',
  'المقتولة',
  'الجريح',
  'الجريحة',
  'المصاب',
  'المصابة',
]);
const AGAIN_AR = new RegExp(`(?<!${L})ال\\p{L}+\\s+(?:${BEFELL_AR})(?!${L})`, 'u');
/**
 * "الجريح الذي توفي اليوم هو عنصر من…" (the wounded man who died today was a soldier from…), "the
 * injured man who died was a student": the definite casualty noun at the head of a relative clause
 * (the death told again, to say who he was).
 */
const WHO_AR = new RegExp(`(?<!${L})[وف]?(?:${BEFELL_AR})\\s+(?:${anyOf(['الذي', 'التي'])})(?!${L})`, 'u');
const WHO_EN = /(?<![\p{L}])the (?:wounded|injured) (?:[\p{L}-]+ )?(?:who|that) (?:later )?died(?![\p{L}])/u;
const AGAIN_EN = new RegExp(`(?<!${L})the (?:slain|dead|murdered|wounded|injured) ([\\p{L}-]+)`, 'gu');

/**
 * "وأضاف أن الضابط القتيل كان آمر السرية" (the slain officer was the company commander), "the dead
 * teacher was a father of three": a definite noun with the adjective of what befell them names a
 * victim the article counted before, to say more about them; the clause counts no one new.
 * `text` is in matching form.
 */
export function namesVictimAgain(text: string): boolean {
  const again =
    AGAIN_AR.exec(text) ??
    WHO_AR.exec(text) ??
    WHO_EN.exec(text) ??
    [...text.matchAll(AGAIN_EN)].find((m) => EN_PERSONS.has(m[1] ?? ''));
  return !!again && !OTHER_EVENT_TOLL.test(text.slice(again.index + again[0].length));
}

/**
 * "the slain leader was wanted for an attack last week that killed a shepherd", "القيادي القتيل كان
 * مسؤولاً عن هجوم أسفر عن مقتل راعيين": after the one named again, an event noun with its own verb
 * of killing or result tells another event and its own toll, which the clause counts.
 */
const OTHER_EVENT_TOLL = new RegExp(
  `(?<!${L})(?:an?|another|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:attack|bombing|blast|explosion|ambush|raid|strike|airstrike|shelling)\\s+(?:[^,.;]{0,40}?\\s)?(?:that|which)\\s+(?:had\\s+)?(?:killed|wounded|injured|left)(?!${L})|(?<!${L})[وب]?(?:${anyOf(['هجوم', 'هجوما', 'تفجير', 'انفجار', 'كمين', 'قصف', 'غارة'])})\\s+(?:[^،,.]{0,40}?\\s)?(?:${anyOf(['أسفر', 'أسفرت', 'أدى', 'أدت', 'أودى', 'أودت'])})(?!${L})`,
  'u',
);
