// "في صحراء ناحية النخيب، الواقعة غربي كربلاء والتابعة إدارياً لقضاء الرطبة في محافظة الأنبار": a
// place told as lying off a city of another governorate, then as belonging to its own district or
// governorate, is the gazetteer's place; the bearing only says which way it lies.
import type { Chain } from './chains.js';
import { DESIGNATORS_BEFORE, tokenAt } from './place-words.js';
import { arabicReadings, type Token } from './tokens.js';

/** "التابعة", "والتابع", "تابعة" (belonging to), in matching form. */
const BELONGING = new Set(['تابعه', 'تابع']);
/** Between that word and the parent's name: "إدارياً", "إداريا" (administratively). */
const ADMINISTRATIVELY = new Set(['اداريا']);

const belonging = (token: Token | undefined): boolean =>
  !!token?.arabic && arabicReadings(token.norm, true).some((r) => BELONGING.has(r.core));

/** "لقضاء", "بمحافظة": the kind of the parent's place, with "to" or "in" glued to it. */
const designator = (token: Token | undefined): boolean =>
  !!token?.arabic && arabicReadings(token.norm, true).some((r) => DESIGNATORS_BEFORE.has(r.core));

/**
 * Whether the sentence tells, after `chain`, that it belongs ("التابعة (إدارياً) لـ") to a place of
 * its own governorate (another of `chains`, as the gazetteer has it).
 */
export function ownParentTold(tokens: readonly Token[], chain: Chain, chains: readonly Chain[]): boolean {
  const end = tokenAt(tokens, chain.mentions.at(-1)!.end);
  return chains.some((other) => {
    if (other === chain || other.governorate.id !== chain.governorate.id) return false;
    let at = tokenAt(tokens, other.mentions[0]!.start) - 1;
    if (designator(tokens[at])) at -= 1;
    if (at <= end) return false;
    if (ADMINISTRATIVELY.has(tokens[at]?.norm ?? '')) at -= 1;
    return belonging(tokens[at]);
  });
}
