// A share of the wounded already told ("بسبب خطورة إصابة اثنين منهم"): how badly some were hurt, no more wounded.
import type { Token } from '../reading/tokens.js';
import { ofThemAt } from './of-them.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/** The wounded named as a known group: "الجرحى", "the injured". */
const THE_WOUNDED = new RegExp(
  `(?<!${L})(?:${f(['الجرحى', 'المصابين', 'المصابون'])}|the (?:wounded|injured))(?!${L})`,
  'u',
);

/**
 * "ونُقل الجرحى إلى المشفى بسبب خطورة إصابة اثنين منهم", "The injured were taken to hospital, two of
 * them in a serious condition": a count followed by "of them" (token `next`), in a clause that names
 * the wounded before the cue (at `cueStart`), is a share of them.
 */
export function shareOfWounded(
  text: string,
  tokens: readonly Token[],
  next: number,
  cueStart: number,
): boolean {
  return ofThemAt(tokens, next) && THE_WOUNDED.test(text.slice(0, cueStart));
}
