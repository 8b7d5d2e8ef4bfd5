// "a tunnel complex south of al-Hadar (Hatra)": a name glossed by another spelling in parentheses.
import type { Chain } from './chains.js';

/**
 * The chain a name of `chain` is glossed by: a place named alone in parentheses right after it
 * ("al-Hadar (Hatra)", "الحضر (حترا)") is the same place in another spelling, the one a reader knows;
 * where the gazetteer puts the two in different governorates, the first is a namesake's spelling.
 * undefined: no such gloss.
 */
export function glossedBy(sentence: string, chain: Chain, chains: readonly Chain[]): Chain | undefined {
  const end = chain.mentions.at(-1)!.end;
  return chains.find(
    (other) =>
      other.governorate.id !== chain.governorate.id &&
      /^\s*\(\s*$/u.test(sentence.slice(end, other.mentions[0]!.start)) &&
      /^\s*\)/u.test(sentence.slice(other.mentions.at(-1)!.end)),
  );
}
