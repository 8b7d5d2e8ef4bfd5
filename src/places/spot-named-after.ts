// A spot of a city that takes the name of a governorate: "شارع بغداد", "مصيف صلاح الدين"; a village
// named "the hill of" one: "تل واسط".

/** "شارع بغداد", "بساحة حلب", "طريق مصيف صلاح الدين": a street's, square's or resort's word, then the name. */
const SPOT_BEFORE = /(?:^|[^\p{L}])[وبلف]?(?:ال)?(?:شارع|ساحة|دوار|مصيف)\s+$/u;
/** "Baghdad Street", "Salahaddin resort", "Aleppo Square". */
const SPOT_AFTER = /^\s+(?:street|square|roundabout|resort)(?![\p{L}])/iu;
/**
 * "حاجز تل واسط" in the Ghab, "the village of Tal Wasit": "تل" (a tell, a hill) opens a village's own
 * name, and a governorate's name after it is the rest of that name, never the governorate (no
 * governorate is ever told as "the hill of" it); "وتحتل" ends in the letters but is no word of its own.
 */
const TELL_BEFORE = /(?:^|[^\p{L}])(?:[وبلف]?تل|Tal|Tell|Tel)\s+$/u;

/**
 * "سقط صاروخ قرب طريق مصيف صلاح الدين" (in Erbil), "a blast on Baghdad Street" (in Damascus): a
 * street, square or resort named after a governorate lies in the city the article tells, seldom in
 * the one it is named after, so that name places nothing (find.ts asks it of governorates only: a
 * resort named after a town is most often at it; the quarter named after a road out of its city is
 * road-quarter.ts).
 */
export function namesSpotAfter(sentence: string, start: number, end: number): boolean {
  return (
    SPOT_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)) ||
    TELL_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)) ||
    SPOT_AFTER.test(sentence.slice(end, end + 14))
  );
}
