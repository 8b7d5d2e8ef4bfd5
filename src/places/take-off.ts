// Where an aircraft took off from is where it came from, not where it struck.
import { isIn, type Token } from './tokens.js';
import { ORIGIN_WORDS } from './place-words.js';

/** Verbs of taking off or flying out ("أقلعت", "took off", "flew"), in matching form. */
const TAKE_OFF = new Set(['اقلعت', 'اقلع', 'اقلعتا', 'اقلعوا', 'انطلقت', 'off', 'flew', 'flown']);
/** At most this many words between "from" and the name ("من قاعدة حميميم", "from the Hmeimim air base"). */
const MAX_BETWEEN = 3;
/** Taking off said of an aircraft only ("أقلعت"), which may stand before its subject. */
const TOOK_OFF_AR = new Set(['اقلعت', 'اقلع', 'اقلعتا', 'اقلعوا']);
/** At most this many words of the aircraft between "أقلعت" and "من" ("أقلعت الطائرة الحربية من"). */
const MAX_SUBJECT = 2;
/**
 * At most this many words after the name that place the base ("قاعدة حميميم في ريف اللاذقية",
 * "مطار حماة العسكري بريف حماة"): where it lies, no more a place of the event than the base.
 */
const MAX_BASE_GLOSS = 3;

/**
 * "طائرة حربية روسية أقلعت من قاعدة حميميم شنت غارات على السوق", "jets that took off from the
 * Hmeimim base struck the market": the base named after "took off from" is no place of the event.
 */
export function tookOffFrom(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(1, at - 1 - MAX_BETWEEN - MAX_BASE_GLOSS); j--) {
    if (!isIn(ORIGIN_WORDS, tokens[j])) continue;
    // ("وأقلعت الطائرة الحربية من قاعدة حميميم في ريف اللاذقية": the aircraft told between, the
    // base placed after its name)
    const near = at - 1 - j <= MAX_BETWEEN;
    if (near && isIn(TAKE_OFF, tokens[j - 1])) return true;
    for (let k = j - 1; k >= Math.max(0, j - 1 - MAX_SUBJECT); k--)
      if (isIn(TOOK_OFF_AR, tokens[k])) return near || placesTheBase(tokens, j + 1, at);
  }
  return false;
}

/** "… من قاعدة حميميم في ريف اللاذقية", "… بريف اللاذقية": the name at `at` is placed after the base's words. */
function placesTheBase(tokens: readonly Token[], from: number, at: number): boolean {
  return tokens.slice(from, at).some((t) => t.norm === 'في') || tokens[at]?.norm.startsWith('ب') === true;
}
