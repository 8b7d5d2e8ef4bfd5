// A base, an airport or a refinery the gazetteer knows by name: one of a kind, with no namesake.
import type { Chain } from './chains.js';

/**
 * "the Balad air base north of Baghdad", "مطار منغ شمال حلب": a facility named is the one the
 * gazetteer knows, however far off the city whose bearing is told right after it (a base is told
 * from the capital, tens of kilometres away): the bearing glosses where it lies.
 */
const FACILITY = /(?<![\p{L}])(?:air ?base|base|airport|airfield|refinery|قاعدة|مطار|مصفى)(?![\p{L}])/iu;

/** One of the chain's mentions names a facility. */
export function namesFacility(chain: Chain): boolean {
  return chain.mentions.some((m) => FACILITY.test(m.text));
}
