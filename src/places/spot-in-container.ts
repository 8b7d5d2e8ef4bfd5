// A spot named with the city or town that tells where it lies: the spot is the place, the city only
// situates it ("the Damascus suburb of Darayya", "the town of Douma near Damascus").
import type { Chain } from './chains.js';
import { nearLocator } from './near-locator.js';
import { CITY_PART_NOUNS, CLAUSE_BREAK, PHRASE_WORDS, RELATIVE_WORDS, tokenAt } from './place-words.js';
import { isIn, type Token } from './tokens.js';

/**
 * Words that make a city a modifier of a part of it or of the land around it, before "of" and the
 * part's own name: "the Aleppo district of X", "the Damascus suburb of X", "the Homs countryside
 * town of X".
 */
const PART_NOUNS = new Set([...CITY_PART_NOUNS, 'town', 'village', 'countryside', 'outskirts']);

/**
 * Nouns of the land a name labels, told between it and the city that situates it: "the Wadi Barada
 * valley near Damascus", "the Qalamoun mountains north of Damascus".
 */
const LAND_NOUNS = new Set(['valley', 'plain', 'plains', 'mountains', 'hills', 'area', 'region']);

/** At most this many words between a named spot and the city it is told near ("X to the north of"). */
const MAX_WORDS_TO_CITY = 3;

/** The chain, of another governorate than `city`, whose first mention opens at token `at`. */
const chainAt = (tokens: readonly Token[], chains: readonly Chain[], city: Chain, at: number) =>
  chains.find(
    (c) => c.governorate.id !== city.governorate.id && tokenAt(tokens, c.mentions[0]!.start) === at,
  );

/** "the Aleppo neighbourhood of X": the name after "of" when `city` modifies a part noun. */
function partNamedAfter(tokens: readonly Token[], chains: readonly Chain[], city: Chain): Chain | undefined {
  const next = tokenAt(tokens, city.mentions[0]!.end);
  if (!isIn(PART_NOUNS, tokens[next]) || tokens[next + 1]?.norm !== 'of') return undefined;
  const name = tokens[next + 2]?.norm === 'the' ? next + 3 : next + 2;
  return chainAt(tokens, chains, city, name);
}

/**
 * "the town of Douma near Damascus", "بلدة دوما قرب دمشق", "the Wadi Barada valley near Damascus": a
 * spot of the gazetteer told right before the bearing or nearness that places it from `city` (the
 * bearing's own reading of a namesake is `locatedBy`'s, resolve.ts).
 */
function spotToldBefore(
  sentence: string,
  tokens: readonly Token[],
  chains: readonly Chain[],
  city: Chain,
): Chain | undefined {
  const first = tokenAt(tokens, city.mentions[0]!.start);
  return chains.find((c) => {
    if (c.governorate.id === city.governorate.id || c.entries.every((e) => e.kind === 'governorate'))
      return false;
    const end = c.mentions.at(-1)!.end;
    const after = tokenAt(tokens, end);
    const gap = tokens.slice(after, first);
    return (
      gap.length > 0 &&
      gap.length <= MAX_WORDS_TO_CITY &&
      gap.some((t) => isIn(RELATIVE_WORDS, t)) &&
      gap.every((t) => isIn(RELATIVE_WORDS, t) || isIn(PHRASE_WORDS, t) || LAND_NOUNS.has(t.norm)) &&
      !CLAUSE_BREAK.test(sentence.slice(end, city.mentions[0]!.start))
    );
  });
}

/**
 * The more specific place a sentence names inside or beside `city`, the place it picked: "the
 * Damascus suburb of Darayya" is Darayya, "Douma near Damascus" is Douma, though the gazetteer
 * puts them in the governorate around the city. undefined: no such spot of the gazetteer near the
 * city (an unknown one leaves the city's place).
 */
export function spotInContainer(
  sentence: string,
  tokens: readonly Token[],
  chains: readonly Chain[],
  city: Chain,
): Chain | undefined {
  const spot = partNamedAfter(tokens, chains, city) ?? spotToldBefore(sentence, tokens, chains, city);
  // (only the gazetteer's spot close by the city is the one meant; a far one is a namesake, the
  // city's own quarter: "حي الرميلة شرقي مدينة الرقة" is no Rumaila of Basra)
  return spot && nearLocator(spot, city) ? spot : undefined;
}
