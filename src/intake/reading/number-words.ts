import { normalizeForMatch } from '../../text/normalize.js';

/** Number words, keyed by their matching form (`normalizeForMatch`), so the tables read as plain Arabic. */
function folded<T>(table: Record<string, T>): Readonly<Record<string, T>> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [normalizeForMatch(k), v]));
}

export const AR_UNITS: Readonly<Record<string, number>> = folded({
  واحد: 1,
  واحده: 1,
  احد: 1,
  احدي: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  اثنا: 2,
  اثني: 2,
  اثنتا: 2,
  اثنتي: 2,
  // "حالتا وفاة", "حالتي إصابة": the dual of "case", the count of a health or casualty statistic
  حالتان: 2,
  حالتين: 2,
  حالتا: 2,
  حالتي: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانيه: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
});

export const AR_TENS: Readonly<Record<string, number>> = folded({
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
});

export const AR_HUNDREDS: Readonly<Record<string, number>> = folded({
  مئة: 100,
  مائة: 100,
  مئتان: 200,
  مئتين: 200,
  مائتان: 200,
  مائتين: 200,
  // the dual in a construct, its ن dropped: "مئتي ألف طفل", "مائتا شخص"
  مئتا: 200,
  مئتي: 200,
  مائتا: 200,
  مائتي: 200,
  ثلاثمئة: 300,
  ثلاثمائة: 300,
  اربعمئة: 400,
  اربعمائة: 400,
  خمسمئة: 500,
  خمسمائة: 500,
  ستمئة: 600,
  ستمائة: 600,
  سبعمئة: 700,
  سبعمائة: 700,
  ثمانمئة: 800,
  ثمانمائة: 800,
  ثمانيمئة: 800,
  تسعمئة: 900,
  تسعمائة: 900,
});

/** Multiplier words; a dual form carries its own 2 ("ألفين" = 2,000). */
export const AR_MULTIPLIERS: Readonly<Record<string, { factor: number; dual: boolean }>> = folded({
  ألف: { factor: 1e3, dual: false },
  ألفا: { factor: 1e3, dual: false },
  آلاف: { factor: 1e3, dual: false },
  ألوف: { factor: 1e3, dual: false },
  ألفان: { factor: 1e3, dual: true },
  ألفين: { factor: 1e3, dual: true },
  ألفي: { factor: 1e3, dual: true },
  مليون: { factor: 1e6, dual: false },
  مليونا: { factor: 1e6, dual: false },
  ملايين: { factor: 1e6, dual: false },
  مليونان: { factor: 1e6, dual: true },
  مليونين: { factor: 1e6, dual: true },
  // the dual in a construct, its ن dropped: "مليوني دولار", "ملياري دينار"
  مليوني: { factor: 1e6, dual: true },
  مليار: { factor: 1e9, dual: false },
  مليارا: { factor: 1e9, dual: false },
  مليارات: { factor: 1e9, dual: false },
  ملياران: { factor: 1e9, dual: true },
  مليارين: { factor: 1e9, dual: true },
  ملياري: { factor: 1e9, dual: true },
  // budgets: "198.9 تريليون دينار", also spelled "ترليون"; "تريليوني دينار": two
  تريليون: { factor: 1e12, dual: false },
  تريليونات: { factor: 1e12, dual: false },
  تريليونا: { factor: 1e12, dual: false },
  تريليونان: { factor: 1e12, dual: true },
  تريليونين: { factor: 1e12, dual: true },
  تريليوني: { factor: 1e12, dual: true },
  ترليون: { factor: 1e12, dual: false },
  ترليونات: { factor: 1e12, dual: false },
  ترليونا: { factor: 1e12, dual: false },
  ترليونان: { factor: 1e12, dual: true },
  ترليونين: { factor: 1e12, dual: true },
  ترليوني: { factor: 1e12, dual: true },
});

export const EN_SMALL: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};

/** English ordinals from "second" to "tenth", by value: a rank after the first of a series or a toll. */
export const EN_ORDINALS: Readonly<Record<string, number>> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** Arabic ordinals from "الأول" to "العاشر" (masculine, with the article): days of a month, parts of a place. */
export const AR_ORDINALS_DEFINITE: readonly string[] = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
];

export const EN_TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** An English count of people in a pattern: digits or a number word ("11", "four", "twenty-three"). */
export const EN_COUNT_PATTERN = `(?:\\d+|(?:${Object.keys(EN_TENS).join('|')})(?:-(?:${Object.keys(EN_SMALL).join('|')}))?|${Object.keys(EN_SMALL).join('|')})`;

export const EN_MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  bn: 1e9,
  k: 1e3,
};

/** Words before a number that make it approximate. */
export const AR_APPROXIMATE = [
  'نحو',
  'قرابه',
  'تقارب',
  'يقارب',
  'ما يقارب',
  'حوالي',
  'حوالى',
  'زهاء',
  'اكثر من',
  'ما يزيد عن',
  'ما يزيد على',
  'اقل من',
  'ما لا يقل عن',
  'تقريبا',
  'ما يناهز',
  'يناهز',
  'نحوا من',
].map(normalizeForMatch);
export const EN_APPROXIMATE = [
  'about',
  'around',
  'some',
  'nearly',
  'almost',
  'approximately',
  'roughly',
  'more than',
  'over',
  'at least',
  'up to',
  'an estimated',
  'estimated',
  'close to',
  'less than',
  'fewer than',
  'upwards of',
];
