// A country named by its border: a place, not a side of the event.
import { L, anyOf } from '../reading/word-pattern.js';

/** "الحدود التركية", "الحدود مع تركيا", "الشريط الحدودي مع": the border right before the country's name. */
const BORDER_BEFORE = new RegExp(
  `(?<!${L})(?:${anyOf(['الحدود', 'حدود', 'الشريط الحدودي'])})\\s+(?:${anyOf(['مع'])}\\s+)?$`,
  'u',
);
/** "the Turkish border", "the Turkish-Syrian border": the border right after the country's name. */
const BORDER_AFTER = /^(?:[-\s]+[\p{L}]+)?\s+border(?![\p{L}])/u;
/** "the border with Turkey". */
const BORDER_WITH_BEFORE = /(?<![\p{L}])border with\s+$/u;

/**
 * "يقع على بعد 15 كيلومتراً من الحدود التركية", "near the Turkish border", "the border with Iraq":
 * the country names where a place lies, not who did or suffered the event (`text` in matching form,
 * the mention's bounds). Fire told from the border is read before this, as the doer's.
 */
export function borderAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return (
    BORDER_BEFORE.test(before) ||
    BORDER_WITH_BEFORE.test(before) ||
    BORDER_AFTER.test(text.slice(end, end + 24))
  );
}
