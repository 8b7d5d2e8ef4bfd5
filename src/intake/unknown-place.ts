import type { Language } from '../content/schema.js';

/**
 * The name of a place a clause gives that the gazetteer may not know — a village of a border area,
 * a hamlet — so that an incident told there is kept (as text, for the editor to place) rather than
 * dropped. English: a capitalised name after "in", "at", "near", "outside", "around" or "the village
 * of"; Arabic: a name after a word for a kind of place (قرية، بلدة، منطقة، مخيم…).
 */
const EN_PLACE =
  /(?<![\p{L}])(?:in|at|near|outside|around)\s+(?:the\s+(?:villages?|towns?|city|area|district|region|hamlet|camp|neighbou?rhood|mountains?)\s+of\s+)?((?:(?:al|el|ad|as|ash|ar|an|at|az)-)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:al|el)-)?\p{Lu}[\p{L}’'-]*){0,2})/gu;

/** Capitalised words after "in"/"at" that are not places. */
const EN_NOT_PLACE = new Set(
  [
    'the',
    'a',
    'an',
    'this',
    'that',
    'his',
    'her',
    'their',
    'its',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'iraq',
    'syria',
    'kurdistan',
    'islamic',
    'isis',
    'isil',
    'daesh',
    'turkish',
    'iraqi',
    'syrian',
    'kurdish',
    'american',
    'us',
    'u.s.',
    'un',
    'ramadan',
    'eid',
  ].map((w) => w.toLowerCase()),
);

const AR_KIND = [
  'قرية',
  'بلدة',
  'منطقة',
  'ناحية',
  'مدينة',
  'حي',
  'مخيم',
  'جبل',
  'معبر',
  'مزرعة',
  'قضاء',
  'تلة',
];
const AR_PLACE = new RegExp(
  `(?<![\\p{L}])(?:و?(?:ب|ل|في\\s+|قرب\\s+|داخل\\s+)?)(?:${AR_KIND.join('|')})\\s+["«“]?([\\p{L}]+)(?:\\s+([\\p{L}]+))?`,
  'gu',
);
/** First words of compound Arabic place names: "تل أبيض", "عين عيسى", "أبو كمال". */
const AR_COMPOUND = new Set([
  'تل',
  'عين',
  'بئر',
  'أبو',
  'ابو',
  'كفر',
  'دير',
  'جسر',
  'رأس',
  'راس',
  'خربة',
  'أم',
  'ام',
  'بني',
  'بيت',
  'سيد',
  'الشيخ',
  'شيخ',
  'مزرعة',
]);
/** Words after a kind of place that describe it instead of naming it: "منطقة حدودية", "قرية قريبة", "منطقة شمال…". */
const AR_NOT_NAME =
  /^(?:ال)?(?:حدودية|نائية|زراعية|صحراوية|سكنية|جبلية|قريبة|مجاورة|عسكرية|صناعية|محيطة|واقعة|اخرى|أخرى|ثانية|نفسها|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|شمالية|جنوبية|شرقية|غربية|وسط|قرب|بين|التي|الذي|تابعة|يسيطر|تسيطر|خاضعة)$/u;

export function unknownPlaceName(text: string, lang: Language): string | null {
  if (lang === 'en') {
    for (const m of text.matchAll(EN_PLACE)) {
      const name = (m[1] ?? '').replace(/[’'-]+$/u, '');
      const first = name.split(/\s+/)[0]?.replace(/^(?:al|el|ad|as|ash|ar|an|at|az)-/u, '') ?? '';
      if (name && !EN_NOT_PLACE.has(first.toLowerCase())) return name;
    }
    return null;
  }
  for (const m of text.matchAll(AR_PLACE)) {
    const first = m[1] ?? '';
    if (AR_NOT_NAME.test(first)) continue;
    const second = m[2];
    return second !== undefined && AR_COMPOUND.has(first) ? `${first} ${second}` : first;
  }
  return null;
}
