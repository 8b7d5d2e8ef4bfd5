// "in the Sheikhan district of Duhok province", "قضاء عقرة التابع لمحافظة دهوك": Akre and Shekhan lie
// in Nineveh on Baghdad's map (and the gazetteer's), but Duhok of the Kurdistan Region has run them
// since 1991/2003, and an article that speaks of Duhok and never ties the district to Nineveh
// province places it, as its readers do, in Duhok. One that says "التابع لمحافظة نينوى" or
// "in Nineveh province" keeps Nineveh, as does one that names no Duhok at all.
import { findGovernorates } from '../../places/governorates.js';
import { placeIndex } from '../../places/find.js';
import { isAdmin } from '../../places/hierarchy.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';

/** Districts of one governorate on the official map, run by another. */
const ADMINISTERED_APART: readonly { district: string; officially: string; by: string }[] = [
  { district: 'iq-nineveh-akre', officially: 'iq-nineveh', by: 'iq-duhok' },
  { district: 'iq-nineveh-shekhan', officially: 'iq-nineveh', by: 'iq-duhok' },
];

/** The official governorate named as a province ("Nineveh province", "لمحافظة نينوى"). */
function namesAsProvince(text: string, names: { en: readonly string[]; ar: readonly string[] }): boolean {
  const en = names.en.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const ar = names.ar.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const told = new RegExp(
    `(?<!\\p{L})(?:(?:${en}) (?:province|governorate)|(?:province|governorate) of (?:${en}))(?!\\p{L})` +
      `|(?<!\\p{L})[لبو]?[لب]?محافظ[ةه] (?:${ar})(?!\\p{L})`,
    'iu',
  );
  return told.test(text);
}

/**
 * `resolve`, placing a district run apart from its official governorate (and its towns) in the
 * governorate that runs it, where the article (`texts`: title and sentences) names that governorate
 * or a place of it and never names the official one as a province.
 */
export function administeredAsTold(resolve: PlaceResolver, texts: readonly string[]): PlaceResolver {
  const whole = texts.join('\n');
  const index = placeIndex();
  const named = new Set(texts.flatMap((t) => findGovernorates(t).map((g) => g.id)));
  const moves = ADMINISTERED_APART.flatMap((a) => {
    const district = index.hierarchy.byId.get(a.district);
    const officially = index.hierarchy.byId.get(a.officially);
    const by = index.hierarchy.byId.get(a.by);
    if (!district || !officially || !by || !isAdmin(district) || !isAdmin(officially) || !isAdmin(by))
      return [];
    if (!named.has(by.id) || namesAsProvince(whole, officially.names)) return [];
    return [
      {
        district: district.names.en[0],
        officially: officially.names.en[0],
        by: { en: by.names.en[0], ar: by.names.ar[0] },
      },
    ];
  });
  if (moves.length === 0) return resolve;
  return (text, lang) => {
    const place = resolve(text, lang);
    if (!place) return place;
    const move = moves.find(
      (m) => place.district?.en === m.district && place.governorate?.en === m.officially,
    );
    return move ? { ...place, governorate: move.by } : place;
  };
}
