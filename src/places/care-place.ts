// Where the wounded or the bodies were taken is not where the event happened.

export const CARE_AR =
  '(?:ال)?(?:مستشفى|مستشفيات|مشفى|مشافي|مستوصف|نقاط\\s+طبية|نقطة\\s+طبية)|(?:دائرة\\s+|قسم\\s+)?(?:الطب|الطبابة)\\s+(?:العدلي|الشرعي|الشرعية)';
/** Places of care in English: a hospital, a clinic, a morgue (source-place.ts reads a teller at one too). */
export const CARE_EN =
  '(?:hospitals?|clinics?|medical\\s+(?:centers?|centres?|points?)|morgue|mortuary|forensic\\s+(?:department|institute|medicine))';
/** Verbs of carrying the hurt or the dead: "نقلوا إلى مدينة حمص", "أسعفوا إلى". */
const CARRIED_AR = '(?:نقل|نقلوا|نقلت|نقلتا|نقلا|أسعف|أسعفوا|اسعف|اسعفوا)';

/**
 * Dying or being treated there: "توفي أحدهم في مستشفى كركوك", "قبل أن يفارق الحياة صباح اليوم في مشفى
 * درعا الوطني", "died later in a hospital in Mosul"; so is succumbing to wounds, "متأثراً بجراحه في أحد
 * مشافي العاصمة", and the death told as a noun, "بعد وفاة أحد الجرحى في مستشفى المدينة" (why a toll
 * rose: where the wounded man died, not where the blow fell).
 */
const CARED_AR =
  '(?:توفي|توفيت|فارق|فارقت|يفارق|تفارق|يتلقى|يتلقون|تتلقى|يرقد|يرقدون|ترقد|متأثرا|متأثراً|متأثرة|متأثرين|متأثرتين|وفاة|بوفاة)';
const CARED_EN = '(?:died|dies|dying|treated|hospitali[sz]ed|recovering)';
/** "في أحد مشافي العاصمة دمشق" (in one of the capital's hospitals): one of several places of care. */
const ONE_OF_AR = '(?:(?:أحد|إحدى|احد|احدى)\\s+)?';

/**
 * "نقلوا على إثرها إلى مستشفى الصدر في العمارة", "نقلتا إلى دائرة الطب العدلي في تكريت", "taken to a
 * hospital in Samarra", "to the morgue in Baquba", "توفي ثالث متأثراً بجروحه في مشفى بمدينة إدلب": the
 * place of care and the town after it, to the end of the phrase (raw text: both spellings of "إلى").
 */
const TAKEN_TO_CARE = new RegExp(
  [
    `(?<![\\p{L}])(?:إلى|الى|لى)\\s+(?:${CARE_AR})(?![\\p{L}])[^،,.؛]*`,
    `(?<![\\p{L}])و?${CARRIED_AR}(?![\\p{L}])(?:\\s+[^\\s،,.؛]+){0,3}?\\s+(?:إلى|الى)\\s+[^،,.؛]*`,
    `(?<![\\p{L}])(?:و|ل|ول)?${CARED_AR}(?![\\p{L}])[^،,.؛]{0,30}?(?<![\\p{L}])(?:في|ب)\\s*${ONE_OF_AR}(?:${CARE_AR})(?![\\p{L}])[^،,.؛]*`,
    `(?<![\\p{L}])${CARED_EN}\\s+(?:[\\p{L}]+\\s+){0,2}?(?:in|at)\\s+(?:(?:a|the)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?${CARE_EN}(?![\\p{L}])[^,.;]*`,
    `(?<![\\p{L}])to\\s+(?:(?:a|the)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?${CARE_EN}(?![\\p{L}])[^,.;]*`,
    // "doctors at Erbil's emergency hospital said they had received 14 wounded": the hospital that
    // speaks of the hurt it received, where they were carried
    `(?<![\\p{L}])(?:doctors?|officials?|sources?|staff|medics?|nurses?|director)\\s+(?:at|in|from)\\s+(?:(?:a|the)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?${CARE_EN}(?![\\p{L}])[^,.;]*?(?<![\\p{L}])received(?![\\p{L}])[^,.;]*`,
    // "وفق مصادر في مستشفى البلدة الوطني": those the toll is told after, speaking from a place of
    // care, where the dead or the hurt were carried
    `(?<![\\p{L}])(?:بحسب|حسب|وفق|وفقا|وفقاً|طبقا|طبقاً)\\s+ل?(?:[\\p{L}\\p{M}]+\\s+){1,3}?(?:في|من|ب)\\s*${ONE_OF_AR}(?:${CARE_AR})(?![\\p{L}])[^،,.؛]*`,
    // "four others were being treated in Tikrit": the town they are cared for in, its hospital unnamed
    `(?<![\\p{L}])(?:treated|hospitali[sz]ed|recovering)\\s+(?:in|at)\\s+[^,.;]*`,
    // "one of the wounded died on the way to Erbil for treatment": the town they were carried to
    `(?<![\\p{L}])(?:on\\s+(?:the|their|his|her)\\s+way|en\\s+route)\\s+to\\s+[^,.;]*?(?<![\\p{L}])(?:for\\s+treatment|to\\s+(?:(?:a|the)\\s+)?${CARE_EN})(?![\\p{L}])`,
  ].join('|'),
  'giu',
);

/** The text with the places the wounded or the dead were taken to blanked (same length, offsets keep). */
export function withoutCarePlaces(text: string): string {
  return text.replace(TAKEN_TO_CARE, (m) => ' '.repeat(m.length));
}
