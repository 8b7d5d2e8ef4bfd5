// A city's quarter named after the road that leaves it for another city: "حي طريق حلب" of Hama.

/** "حي طريق حلب", "بحي طريق الشام", "وحيي طريق حلب والأربعين": a quarter's word, then "road". */
const QUARTER_ROAD_BEFORE = /(?:^|[^\p{L}])[وبلف]?(?:حي|حيي|أحياء|احياء)\s+(?:طريق|أوتوستراد|اوتوستراد)\s+$/u;

/**
 * "وفي حي طريق حلب استشهد ثلاثة" (in Hama): a quarter grows along the road out of its own city and
 * takes the name of the city the road leads to; it lies in the city the article tells, never in the
 * one it is named after, so that name places nothing.
 */
export function namesRoadQuarter(sentence: string, start: number): boolean {
  return QUARTER_ROAD_BEFORE.test(sentence.slice(Math.max(0, start - 16), start));
}
