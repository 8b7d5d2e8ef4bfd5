// Those told treated for their injuries are the wounded: "تلقى 192 شخصاً العلاج", "31 others were treated".
import type { NumberMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A past verb of receiving treatment right before the count: "تلقى 40 شخصاً العلاج", "وعولج 12
 * مصاباً". Only the past: "يتلقون العلاج" after "لا يزال" counts those still in care (still-treated.ts).
 */
const TREATED_VERB_AR = new RegExp(
  `(?<!${L})[وف]?(?:${anyOf(['تلقى', 'تلقت', 'تلقوا', 'عولج', 'عولجوا', 'تمت معالجة', 'جرت معالجة'])})\\s+$`,
  'u',
);

/** The treatment named after the counted noun: "شخصاً العلاج", "مصاباً الإسعافات الأولية". */
const TREATMENT_AR = new RegExp(
  `^\\s+(?:${L}+\\s+)?(?:${anyOf(['العلاج', 'علاجا', 'الإسعافات', 'إسعافات'])})(?!${L})`,
  'u',
);

/** "تمت معالجة 20 مصاباً", "عولج 12 مصاباً": the verb needs no treatment named after it. */
const TREATED_ALONE_AR = new RegExp(`(?<!${L})[وف]?(?:${anyOf(['عولج', 'عولجوا', 'معالجة'])})\\s+$`, 'u');

/**
 * The count before "were treated": "31 others were treated", "192 people were treated for
 * injuries", "12 protesters had been treated in hospital". Not "were treated as" (how someone was
 * dealt with), nor those still being treated (still-treated.ts).
 */
const TREATED_EN =
  /^\s+(?:[\p{L}-]+\s+){0,2}(?:were|had been|have been)\s+treated(?!\s+(?:as|like)(?![\p{L}]))(?![\p{L}])/u;

/**
 * One person told treated for injuries, with no number: "A third man who was near the car was
 * treated for light injuries", "another civilian was treated for minor wounds" — a noun for one
 * person (an ordinal may say he follows the dead counted before), his whereabouts in a relative clause.
 */
const ONE_TREATED_EN =
  /(?<![\p{L}])(?:a|another)\s+(?:(?:second|third|fourth|fifth)\s+)?(?:man|woman|person|civilian|boy|girl|child|soldier|fighter|passenger|driver|farmer|shepherd)\s+(?:(?:who|that)\s+[^.;,]{1,50}?\s+)?was\s+(?:also\s+)?treated\s+for\s+(?:(?:light|minor|slight|serious)\s+)?(?:injuries|wounds)(?![\p{L}])/u;

/**
 * How many the clause (in matching form) tells treated for their injuries, in Arabic or English:
 * they are its wounded, where no verb or noun of wounding counted them. null where it tells none.
 */
export function treatedWounded(matchText: string, numbers: readonly NumberMention[]): number | null {
  for (const n of numbers) {
    const before = matchText.slice(0, n.qualifierStart ?? n.start);
    const after = matchText.slice(n.end);
    if (TREATED_VERB_AR.test(before) && (TREATMENT_AR.test(after) || TREATED_ALONE_AR.test(before)))
      return n.value;
    if (TREATED_EN.test(after)) return n.value;
  }
  return ONE_TREATED_EN.test(matchText) ? 1 : null;
}
