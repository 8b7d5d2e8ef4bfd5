// The words of a measure of distance or of time after a number: "25 km", "ثلاثة أيام". A number
// before one measures, it counts no people and is no key figure.
export const DISTANCE_UNITS = [
  'km',
  'kms',
  'kilometres',
  'kilometers',
  'kilometre',
  'kilometer',
  'miles',
  'mile',
  'metres',
  'meters',
  'كم',
  'كيلومتر',
  'كيلومترات',
  'كيلومترا',
  'كيلو متر',
  'متر',
  'مترا',
  'أمتار',
  'ميل',
  'أميال',
];
export const DURATION_UNITS = [
  'يوما',
  'يوم',
  'أيام',
  'ساعة',
  'ساعات',
  'أسبوعا',
  'أسابيع',
  'شهرا',
  'أشهر',
  'شهور',
  'days',
  'day',
  'hours',
  'hour',
  'weeks',
  'week',
  'months',
  'month',
];
/**
 * Rounds fired: "بثلاث رصاصات", "30 طلقة", "three bullets", "بأربع إطلاقات" (as Iraqi copy says): a
 * number before one counts shots, not people.
 */
export const ROUND_UNITS = [
  'bullets',
  'rounds',
  'shots',
  'طلقة',
  'طلقات',
  'رصاصة',
  'رصاصات',
  'إطلاقة',
  'إطلاقات',
];
/**
 * Years after a number: "a well dug forty years ago", "سجن عشرين عاما". A number before
 * one tells an age or a length of time, never how many were hit.
 */
export const YEAR_UNITS = ['years', 'year', 'سنة', 'سنوات', 'عام', 'عاما', 'أعوام', 'اعوام'];
/**
 * Money after a number: "a million dinars for each wounded", "ثلاثة ملايين دينار لكل جريح". A number
 * before one is a sum paid or lost, even in a clause about the dead or the wounded.
 */
export const MONEY_UNITS = [
  'dinars',
  'dollars',
  'pounds',
  'euros',
  'lira',
  'دينار',
  'دينارا',
  'دولار',
  'دولارا',
  'دولارات',
  'ليرة',
  'يورو',
];
