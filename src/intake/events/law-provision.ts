// What a law or a scheme grants the victims of attacks: its terms, no event.
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/**
 * "Under the compensation law, the family of a person killed in a terrorist attack receives…",
 * "بموجب قانون التعويض، يمنح ذوو الشهيد…", "ينص القانون على منح كل جريح…": a clause that opens with
 * a law or a scheme, or tells what it provides, says what any victim is owed; the victim it names
 * is anyone's, not one killed in an event of the news.
 */
const PROVISION = new RegExp(
  [
    `${CLAUSE_HEAD}(?:under|according to) (?:the|a|an|its|their|[\\p{L}]+'s) (?:[\\p{L}-]+ ){0,3}?(?:law|decree|scheme|programme|program|regulations)(?!${L})`,
    `${CLAUSE_HEAD}(?:${anyOf(['و', 'ف'])})?(?:${anyOf(['بموجب', 'وفق', 'وفقا', 'حسب', 'بحسب'])}) (?:${anyOf(['ل'])})?(?:${anyOf(['قانون', 'القانون', 'نظام', 'النظام'])})(?!${L})`,
    `(?<!${L})(?:${anyOf(['ينص', 'نص', 'يقضي', 'يمنح'])}) (?:${anyOf(['القانون', 'قانون'])})(?!${L})`,
    `(?<!${L})the (?:[\\p{L}-]+ ){0,2}?law (?:provides|stipulates|grants|entitles)(?!${L})`,
  ].join('|'),
  'u',
);

/** The clause (in matching form) tells what a law or a scheme provides for victims. */
export function tellsLawProvision(matchText: string): boolean {
  return PROVISION.test(matchText);
}
