// A place told as one of the places an event was told at ("in the towns of X and Y", then "in Y").
import { normalizeForMatch } from '../../text/normalize.js';
import { escapeRegExp } from '../reading/word-pattern.js';

const words = (s: string): string =>
  normalizeForMatch(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * "اشتباكات في بلدتي الشحيل والبصيرة", then "قذيفة سقطت على منزل في البصيرة" ("clashes in the
 * villages of X and Y", then "a shell hit a house in Y"): the event was told at places joined by "and", and
 * the place told now (`toldText`) is one of them — a spot of that event, not another one.
 */
export function oneOfPlacesTold(knownText: string, toldText: string): boolean {
  const told = words(toldText);
  if (!told) return false;
  const name = escapeRegExp(told);
  return new RegExp(`(?:^| )(?:و|and )${name}(?: |$)|(?:^| )${name} (?:و|and )`, 'u').test(words(knownText));
}
