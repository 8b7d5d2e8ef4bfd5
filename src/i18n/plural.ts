import type { Count, Language } from '../content/schema.js';
import { formatNumber } from './number.js';

export type PluralCategory = Intl.LDMLPluralRule;

/**
 * One text per plural category; `{n}` stands for the formatted number. Every category is required,
 * so an Arabic catalogue cannot forget its dual or its 11–99 form. Exactly 0 always takes `zero`
 * (English has no zero category, but "no one killed" reads better than "0 killed").
 */
export type PluralForms = Readonly<Record<PluralCategory, string>>;

/** Built once per language: constructing Intl.PluralRules is far costlier than selecting. */
const RULES: Record<Language, Intl.PluralRules> = {
  ar: new Intl.PluralRules('ar'),
  en: new Intl.PluralRules('en'),
};

export function pluralCategory(lang: Language, n: number): PluralCategory {
  return RULES[lang].select(n);
}

export function plural(lang: Language, n: number, forms: PluralForms): string {
  const category = n === 0 ? 'zero' : pluralCategory(lang, n);
  return forms[category].replaceAll('{n}', formatNumber(n));
}

/** English needs only one/other (and optionally an exact-zero text); the rest fall back to other. */
export function englishForms(one: string, other: string, zero: string = other): PluralForms {
  return { zero, one, two: other, few: other, many: other, other };
}

/** How a language says a count: exact ({n}), a range ({low}, {high}) and "up to" ({high}). */
export interface CountForms {
  exact: PluralForms;
  /** Chosen by the plural category of the high end, which governs the noun. */
  range: PluralForms;
  /** A range from 0: "up to 5 killed". */
  upTo: PluralForms;
}

export function countText(lang: Language, count: Count, forms: CountForms): string {
  if (typeof count === 'number') return plural(lang, count, forms.exact);
  const { low, high } = count;
  if (low === high) return plural(lang, low, forms.exact);
  const template =
    low === 0 ? forms.upTo[pluralCategory(lang, high)] : forms.range[pluralCategory(lang, high)];
  return template.replaceAll('{low}', formatNumber(low)).replaceAll('{high}', formatNumber(high));
}
