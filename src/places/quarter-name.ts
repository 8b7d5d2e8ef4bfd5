// "قذائف على حيي الحمدانية وحلب الجديدة": a city's quarter named like a district or a governorate
// elsewhere, told with the word for a quarter, beside a place of another governorate named outright.
import type { Chain } from './chains.js';
import { namesItsCapital } from './governorates.js';
import { tokenAt } from './place-words.js';
import { isIn, type Token } from './tokens.js';
import type { PlaceMention } from './types.js';

/** The word for a city's quarter, one or several, in matching form: "حي", "حيي", "أحياء". */
const QUARTER_WORDS = new Set(['حي', 'حيي', 'احياء']);

/** The English word for a city's quarter, told after its name: "the al-Qadisiya neighbourhood". */
const QUARTER_AFTER = new Set(['neighbourhood', 'neighborhood', 'quarter']);

/**
 * "حي المثنى", "the al-Qadisiya neighbourhood", "al-Muthanna neighborhood of east Mosul": the
 * mention told with the word for a quarter. After the word, "of" and a name make the mention the
 * city the quarter lies in when it is a city's name ("the Aleppo neighbourhood of al-Midan"), never
 * when it names only a province (Iraqi cities name quarters after the provinces; Muthanna's city is
 * Samawah).
 */
function mentionToldAsQuarter(tokens: readonly Token[], mention: PlaceMention): boolean {
  if (isIn(QUARTER_WORDS, tokens[tokenAt(tokens, mention.start) - 1])) return true;
  const after = tokenAt(tokens, mention.end);
  if (!isIn(QUARTER_AFTER, tokens[after])) return false;
  return (
    tokens[after + 1]?.norm !== 'of' ||
    (mention.entry.kind === 'governorate' && !namesItsCapital(mention.text))
  );
}

/**
 * Whether every mention of `chain` is a district or governorate told as a quarter: a quarter is part
 * of a city, never a district or a governorate, so the name is a namesake (Aleppo's Hamdaniya
 * quarter is no Hamdaniya of Nineveh; Mosul's al-Muthanna neighbourhood no Muthanna province); the
 * city the sentence names beside it is the place.
 */
export function toldAsQuarter(tokens: readonly Token[], chain: Chain): boolean {
  return (
    chain.entries.every((e) => e.kind === 'district' || e.kind === 'governorate') &&
    chain.mentions.every((m) => mentionToldAsQuarter(tokens, m))
  );
}

/**
 * "حي صلاح الدين جنوب غربي مدينة حلب", "أحياء الخالدية وبابا عمرو في حمص": a name told with the word
 * for a quarter, in a sentence that names a city of the other country, is that city's quarter — a
 * quarter lies in the country the sentence is about, never across the border. The chain of that city;
 * undefined: no such quarter.
 */
export function quarterOfOtherCountry(
  tokens: readonly Token[],
  chain: Chain,
  chains: readonly Chain[],
): Chain | undefined {
  const quarter = (c: Chain): boolean =>
    c.mentions.every((m) => isIn(QUARTER_WORDS, tokens[tokenAt(tokens, m.start) - 1]));
  if (!quarter(chain)) return undefined;
  // (not another quarter: "في حي الحمدانية وفي حي حلب الجديدة" names no city)
  return chains.find((c) => c.governorate.country !== chain.governorate.country && !quarter(c));
}
