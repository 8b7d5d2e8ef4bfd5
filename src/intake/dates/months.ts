import { normalizeForMatch } from '../../text/normalize.js';

/**
 * Month names, every tradition used in Arabic news: Levantine/Iraqi (تشرين الأول), Egyptian/Gulf
 * (أكتوبر), Maghrebi (أكتوبر، نونبر، يوليوز، غشت، شتنبر، دجنبر) and Algerian/Tunisian (جانفي، أوت…);
 * English full and abbreviated. Index 1–12.
 */
const ARABIC_MONTHS: readonly (readonly string[])[] = [
  [],
  ['كانون الثاني', 'يناير', 'جانفي', 'جانفييه'],
  ['شباط', 'فبراير', 'فيفري', 'فبرير'],
  ['آذار', 'مارس'],
  ['نيسان', 'أبريل', 'ابريل', 'إبريل', 'أفريل'],
  ['أيار', 'مايو', 'ماي'],
  ['حزيران', 'يونيو', 'يونيه', 'جوان'],
  ['تموز', 'يوليو', 'يوليه', 'يوليوز', 'جويلية'],
  ['آب', 'أغسطس', 'اغسطس', 'غشت', 'أوت'],
  ['أيلول', 'سبتمبر', 'شتنبر'],
  ['تشرين الأول', 'أكتوبر', 'اكتوبر'],
  ['تشرين الثاني', 'نوفمبر', 'نونبر'],
  ['كانون الأول', 'ديسمبر', 'دجنبر', 'دیسمبر'],
];

const ENGLISH_MONTHS: readonly (readonly string[])[] = [
  [],
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** The twelve English month names in full, January first. */
export const ENGLISH_MONTH_NAMES: readonly string[] = ENGLISH_MONTHS.slice(1).map((names) => names[0]!);

export interface MonthName {
  /** Matching form of the name. */
  name: string;
  month: number;
}

/** All month names in matching form, longest first so that "تشرين الأول" wins over a shorter name. */
export function monthNames(): MonthName[] {
  const out: MonthName[] = [];
  [ARABIC_MONTHS, ENGLISH_MONTHS].forEach((table) =>
    table.forEach((names, month) =>
      names.forEach((name) => out.push({ name: normalizeForMatch(name), month })),
    ),
  );
  return out.sort((a, b) => b.name.length - a.name.length);
}
