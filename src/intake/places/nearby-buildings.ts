// "بعد سقوط مقذوفات على المنازل القريبة", "shrapnel hit nearby homes": buildings near the spot the
// clause names itself, no place near the one told before.

/**
 * Houses, buildings, shops or fields told as nearby ("المنازل القريبة", "المباني المجاورة", "nearby
 * homes", "the neighbouring houses"): what the blow hit around its own spot.
 */
const NEARBY_BUILDINGS =
  /(?<![\p{L}])(?:ال)?(?:منازل|بيوت|(?:مباني|مبان)|ابنية|أبنية|محال|محلات|بساتين|حقول|مزارع|(?:أراضي|أراض)|(?:اراضي|اراض)|منزل|بيت|مبنى|بناية|محل)\s+(?:ال)?(?:قريبة|مجاورة|قريب|مجاور)(?:\s+منه|\s+منها)?(?![\p{L}])|(?<![\p{L}])(?:nearby|neighbou?ring)\s+(?:houses?|homes?|buildings?|shops?|stores?|fields?|orchards?|farms?)(?![\p{L}])|(?<![\p{L}])(?:houses?|homes?|buildings?|shops?|fields?|orchards?)\s+nearby(?![\p{L}])/giu;

/**
 * The clause's text less the buildings it tells as nearby: what is left is what may tell a place
 * near the one before ("على قرية النيرب القريبة", clause-place.ts).
 */
export function withoutNearbyBuildings(clauseText: string): string {
  return clauseText.replace(NEARBY_BUILDINGS, (m) => ' '.repeat(m.length));
}
