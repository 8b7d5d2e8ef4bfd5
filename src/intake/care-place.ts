// Where the wounded were taken is not where the event happened.

/**
 * "نقلوا على إثرها إلى مستشفى الصدر في العمارة", "taken to a hospital in Samarra": the hospital and
 * the town after it, to the end of the phrase (raw text: both spellings of "إلى").
 */
const TAKEN_TO_CARE =
  /(?<![\p{L}])(?:إلى|الى|لى)\s+(?:ال)?(?:مستشفى|مستشفيات|مشفى|مشافي|مستوصف|نقاط\s+طبية|نقطة\s+طبية)(?![\p{L}])[^،,.؛]*|(?<![\p{L}])to\s+(?:(?:a|the)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:hospitals?|clinics?|medical\s+(?:centers?|centres?|points?))(?![\p{L}])[^,.;]*/giu;

/** The text with the places the wounded were taken to blanked (same length, offsets keep). */
export function withoutCarePlaces(text: string): string {
  return text.replace(TAKEN_TO_CARE, (m) => ' '.repeat(m.length));
}
