// "استقبل جثث ثلاثة متظاهرين أصيب اثنان منهم بالرصاص": how some of the dead were hit, no wounded.
import type { Token } from '../reading/tokens.js';
import { ofThemAt } from './of-them.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/** The dead named as a group: "جثث ثلاثة", "القتلى", "the bodies of". */
const THE_DEAD = new RegExp(
  `(?<!${L})(?:[وب]?(?:${f(['جثث', 'جثامين', 'القتلى', 'الشهداء'])})|the (?:dead|bodies))(?!${L})`,
  'gu',
);
/** Any wounded named after the dead: "of them" may then be of the wounded. */
const WOUNDED = new RegExp(`(?:${f(['جريح', 'جرحى', 'مصاب', 'إصاب', 'اصاب'])})|wounded|injured`, 'u');

/**
 * "the hospital received the bodies of three protesters, two of whom had been shot in the head":
 * a count of "those hit" followed by "of them" (token `next`), where the last group the clause names
 * before the cue (at `cueStart`) is the dead, tells how some of them died — not more wounded.
 */
export function shareOfDead(text: string, tokens: readonly Token[], next: number, cueStart: number): boolean {
  if (!ofThemAt(tokens, next)) return false;
  const before = text.slice(0, cueStart);
  const dead = [...before.matchAll(THE_DEAD)].at(-1);
  return dead !== undefined && !WOUNDED.test(before.slice(dead.index + dead[0].length));
}
