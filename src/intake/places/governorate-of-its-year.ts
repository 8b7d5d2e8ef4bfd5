// The governorate a place lay in when the article was written, where the map has changed since.
import { governorateByName } from '../../places/governorates.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';

/**
 * Halabja was a district of Sulaymaniyah until the Iraqi cabinet made it a governorate at the close
 * of 2013: an article written before then ("قرب ناحية بيارة التابعة لقضاء حلبجة") tells of a place
 * of Sulaymaniyah, and the gazetteer, which follows today's map, must read it so. (An article of
 * later years places even an event of 1988 in Halabja, as its own day's map does.)
 */
const SPLITS: readonly { from: string; formerly: string; since: string }[] = [
  { from: 'iq-halabja', formerly: 'iq-sulaymaniyah', since: '2014-01-01' },
];

/** `resolve`, with the governorate of each place as it stood on `published`. */
export function asOfItsYear(resolve: PlaceResolver, published: string): PlaceResolver {
  const splits = SPLITS.filter((s) => published < s.since).flatMap((s) => {
    const now = governorateByName(s.from);
    const then = governorateByName(s.formerly);
    return now && then
      ? [{ now: now.names.en[0], then: { en: then.names.en[0], ar: then.names.ar[0] } }]
      : [];
  });
  if (splits.length === 0) return resolve;
  return (text, lang) => {
    const place = resolve(text, lang);
    const split = splits.find((s) => place?.governorate?.en === s.now);
    return place && split ? { ...place, governorate: split.then } : place;
  };
}
