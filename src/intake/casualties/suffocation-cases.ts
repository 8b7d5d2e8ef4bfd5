// "أحصى ناشطون نحو 30 حالة اختناق", "استقبل المشفى 13 حالة اختناق": the cases of suffocation a gas
// attack left, counted by a number before them, are its wounded.

/**
 * A count of "suffocation cases" is a count of people hurt by gas or smoke, as "أصيب 30 بحالات
 * اختناق" is: the noun phrase is read as a wounded noun (event-cues.ts), its count the number before
 * "حالة" ("نحو 30 حالة اختناق", "أكثر من مئة حالة اختناق"). With no number before it ("أغلب الإصابات
 * حالات اختناق", "أصيبوا بحالات اختناق") it counts no one by itself.
 */
export const SUFFOCATION_CASES_AR: readonly string[] = ['حالة اختناق', 'حالات اختناق'];
