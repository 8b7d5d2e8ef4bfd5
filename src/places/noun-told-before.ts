// "وعند فتح باب إحدى الغرف انفجرت عبوة كانت مربوطة بالباب": a name that is also an ordinary noun
// ("الباب", al-Bab), told after the sentence used that noun bare ("باب", a door), is the noun
// pointed back at — the door just told — not the town.
import { arabicReadings, type Token } from './tokens.js';

/**
 * Whether the one-word Arabic name with its article at token `first` (`core` its word without the
 * article) follows, in the same sentence, that word told bare: no article, no proclitic ("باب
 * إحدى الغرف", not "الباب" nor "وباب").
 */
export function nounToldBefore(tokens: readonly Token[], first: number, core: string): boolean {
  return tokens
    .slice(0, first)
    .some((t) => t.arabic && arabicReadings(t.norm, false).some((r) => r.core === core && !r.article));
}
