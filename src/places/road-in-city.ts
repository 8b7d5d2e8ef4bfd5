// A city's road named after the city it leads to, told inside the city: "طريق بغداد في جنوب المدينة".

/** "طريق", "الطريق", "بطريق" right before the name. */
const ROAD_BEFORE = /(?:^|[^\p{L}])[وبلف]?(?:ال)?طريق\s+$/u;
/**
 * Then where in "the city" it runs: "في جنوب المدينة", "جنوبي المدينة", "وسط المدينة", "داخل
 * المدينة" (as written or in matching form, ة → ه).
 */
const INSIDE_THE_CITY =
  /^\s+(?:(?:في|ب)\s*)?(?:(?:ال)?(?:جنوب|شمال|شرق|غرب)(?:ي)?|وسط|داخل)\s+(?:ال)?مدين[ةه](?![\p{L}])/u;

/**
 * "وكان الجراح قد خطف من سيارته على طريق بغداد في جنوب المدينة" (in Kirkuk): a road inside a city
 * bears the name of the city it leads to, and lies in the city the article tells, not in the one it
 * is named after, so that name places nothing.
 */
export function namesRoadInCity(sentence: string, start: number, end: number): boolean {
  return (
    ROAD_BEFORE.test(sentence.slice(Math.max(0, start - 10), start)) &&
    INSIDE_THE_CITY.test(sentence.slice(end, end + 30))
  );
}
