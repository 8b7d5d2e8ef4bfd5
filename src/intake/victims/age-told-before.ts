// "a child aged seven", "two brothers, aged 27 and 31", "a man in his 60s", "يبلغ من العمر 22": a
// number after the age word is an age, neither a count of people nor a figure.
import { anyOf, L } from '../reading/word-pattern.js';

/**
 * The age word ("aged", or "in his", "in their early" before a decade: "a man in his 60s"), perhaps a
 * hedge ("aged about 40", "aged between three and 11"), and perhaps a first age joined to this one
 * ("aged 4 and 7": the 7 is the second child's age too).
 */
const AGED_BEFORE = new RegExp(
  `(?<!${L})(?:aged|age of|in (?:his|her|their)(?: (?:late|early|mid))?|${anyOf(['بعمر', 'العمر', 'عمره', 'عمرها'])})\\s+(?:(?:about|around|roughly|nearly|between|from|under|over)\\s+)?(?:${L}+\\s+(?:and|to|or)\\s+)?$`,
  'u',
);
const REACH = 40;

/**
 * The number at `start` of a matched text is told as someone's age ("a child aged seven was
 * injured", "two children aged seven and nine were wounded"): it says who was hit, not how many.
 * A number followed by "years" is set aside as an age already (casualties.ts).
 */
export function ageToldBefore(text: string, start: number): boolean {
  return AGED_BEFORE.test(text.slice(Math.max(0, start - REACH), start));
}

/** "in their 20s", "in his late fifties": an age told between the counted and their verb, no place. */
export const AGE_IN_DECADE =
  /(?<![\p{L}])in\s+(?:his|her|their)\s+(?:(?:late|early|mid)\s+)?(?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|teens)(?![\p{L}])/gu;
