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
