// "اعتداء المجموعات الإرهابية المنتشرة في حي جوبر بالقذائف على حيي باب توما والقصاع": where the
// attackers are posted is not where their shells fell.
import type { PlaceResolver } from '../../incidents/clause-facts.js';
import type { Language } from '../../../content/schema.js';

/**
 * A side "posted in" a place ("المنتشرة في", "المتمركزة في", "المتحصنين في", "stationed in"), and the
 * place's few words, up to what the side fired ("بالقذائف", "بقذائف الهاون") or at whom ("على", "ضد")
 * or a verb of its own (a word glued to "و", or the clause's end).
 */
const POSTED_IN =
  /(?<![\p{L}])(?:ال)?(?:منتشر|متمركز|متحصن|مرابط)(?:ة|ين|ون)?\s+(?:في|ب)\s*(?:(?!(?:على|ضد|نحو|باتجاه|صوب|إلى|الى)(?![\p{L}]))(?!بال|بق[ذص]|بصوار|بصاروخ|بمدفع|بطائر|بعبو)[^\s،,.؛:]+\s*){1,4}|(?<![\p{L}])(?:stationed|positioned|based|entrenched|holed\s+up)\s+in\s+(?:(?!(?:on|at|against|towards?|and|fired|shelled|launched)(?![\p{L}]))[^\s,.;:]+\s*){1,4}/giu;

/**
 * The clause's text (as written) less the place where the doers are posted, where the rest of it
 * still names where the event happened; where it names no other place, the doers' spot is all the
 * clause says of it, and is kept.
 */
export function withoutDoersBase(text: string, lang: Language, resolvePlace: PlaceResolver): string {
  if (!/منتشر|متمركز|متحصن|مرابط|stationed|positioned|based|entrenched|holed/u.test(text)) return text;
  const blanked = text.replace(POSTED_IN, (m) => ' '.repeat(m.length));
  return blanked !== text && resolvePlace(blanked, lang)?.governorate ? blanked : text;
}
