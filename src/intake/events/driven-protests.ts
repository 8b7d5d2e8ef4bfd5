// Protests told only as the effect of the news, not as an event of their own.
import { normalizeForMatch } from '../../text/normalize.js';
import { AR_PREFIX } from '../reading/view.js';
import { L } from '../reading/word-pattern.js';

/**
 * "temperatures above 50C drove protests over power cuts", "أثار انقطاع الكهرباء احتجاجات": protests
 * named as what something else drove, sparked or fuelled.
 */
const DRIVEN = new RegExp(
  `(?<!${L})(?:drove|drives|driven|driving|sparked|sparks|sparking|fuell?ed|fuels|fuell?ing|triggered|triggers|triggering|prompted|prompts|stoked|stokes|led to|leading to)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:protests|demonstrations|rallies|unrest)(?!${L})|(?<!${L})${AR_PREFIX}(?:${['أثار', 'أثارت', 'يثير', 'تثير', 'أشعل', 'أشعلت', 'فجر', 'فجرت', 'أدى إلى', 'أدت إلى', 'دفع إلى', 'دفعت إلى', 'تسبب في', 'تسببت في'].map(normalizeForMatch).join('|')})\\s+(?:[^\\s،,.]+\\s+){0,2}?(?:${['احتجاجات', 'مظاهرات', 'تظاهرات', 'موجة احتجاجات'].map(normalizeForMatch).join('|')})(?!${L})`,
  'u',
);

/**
 * The clause (in matching form) names protests only as the effect of what it tells ("the shortfall
 * drove protests over power cuts in the south", "ما أثار احتجاجات في المحافظات الجنوبية"): with no
 * one hurt and no governorate of their own (`placed`), they are the news's background, no event.
 */
export function drivenProtestsOnly(matchText: string, casualties: boolean, placed: boolean): boolean {
  return !casualties && !placed && DRIVEN.test(matchText);
}
