import { isAdmin } from './hierarchy.js';
import type { PlaceIndex } from './name-index.js';
import {
  AREA_NOUNS,
  CLAUSE_BREAK,
  DESIGNATORS_BEFORE,
  LOCATIVE_WORDS,
  PHRASE_WORDS,
  RELATIVE_WORDS,
  tokenAt,
} from './place-words.js';
import { isIn, type Token } from './tokens.js';
import type { GazetteerEntry, PlaceMention } from './types.js';

/** Mentions in one governorate that describe one place ("قضاء الحويجة غربي محافظة كركوك"). */
export interface Chain {
  mentions: PlaceMention[];
  /** The places the chain stands for: its mentions less landmarks ("غرب الموصل"). */
  entries: GazetteerEntry[];
  governorate: GazetteerEntry;
}

const MAX_GAP_WORDS = 6;

function linksOnePlace(token: Token): boolean {
  return [PHRASE_WORDS, RELATIVE_WORDS, DESIGNATORS_BEFORE, LOCATIVE_WORDS, AREA_NOUNS].some((set) =>
    isIn(set, token),
  );
}

function contains(container: GazetteerEntry, entries: GazetteerEntry[], index: PlaceIndex): boolean {
  if (container.kind === 'governorate') return true;
  return (
    container.kind === 'district' && entries.some((e) => index.hierarchy.districtOf(e)?.id === container.id)
  );
}

/**
 * Groups a sentence's administrative mentions: a later mention joins the previous one when it lies
 * in the same governorate, in the same clause, and either contains it ("الشحيل بريف دير الزور",
 * "Makhmour area, south-west of Erbil") or only place words join them ("al-Mayadin and Albu Kamal",
 * "قضاءي القائم وراوة").
 */
export function chainsOf(
  sentence: string,
  tokens: readonly Token[],
  mentions: readonly PlaceMention[],
  index: PlaceIndex,
): Chain[] {
  const chains: Chain[] = [];
  for (const mention of mentions) {
    if (!isAdmin(mention.entry)) continue;
    const governorate = index.hierarchy.governorateOf(mention.entry);
    if (governorate === undefined) continue;
    const current = chains.at(-1);
    const previous = current?.mentions.at(-1);
    if (current !== undefined && previous !== undefined && current.governorate.id === governorate.id) {
      const gap = tokens.slice(tokenAt(tokens, previous.end), tokenAt(tokens, mention.start));
      const between = sentence.slice(previous.end, mention.start);
      const sameClause = gap.length <= MAX_GAP_WORDS && !CLAUSE_BREAK.test(between.replace(/[,،]/g, ''));
      const linked = !/[,،]/.test(between) && gap.every(linksOnePlace);
      if (sameClause && (contains(mention.entry, current.entries, index) || linked)) {
        current.mentions.push(mention);
        // "قضاء سنجار غرب الموصل": a place named after "west of" is a landmark, not a second place.
        if (!gap.some((t) => isIn(RELATIVE_WORDS, t))) current.entries.push(mention.entry);
        continue;
      }
    }
    chains.push({ mentions: [mention], entries: [mention.entry], governorate });
  }
  return chains;
}

/**
 * "منطقة العوجة بمحافظة صلاح الدين", "the town of Baiji in Salahuddin province": a place told with
 * its own governorate, which the article itself places.
 */
export function toldWithItsGovernorate(chain: Chain): boolean {
  return (
    chain.entries.some((e) => e.kind === 'governorate') && chain.entries.some((e) => e.kind !== 'governorate')
  );
}
