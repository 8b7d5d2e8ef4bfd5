// A casualty verb told "in addition to" the same kind before it: more of that kind, counted on top.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "…وإصابة خمسة آخرين، إضافة إلى جرح ثلاثة من المدنيين", "killing two soldiers and wounding four,
 * as well as wounding a civilian": the connector right before the verb says its count comes on top
 * of the count the same verb kind gave before it, never in its place.
 */
const ADDED_BEFORE = new RegExp(
  `(?<!${L})(?:${anyOf(['إضافة إلى', 'بالإضافة إلى', 'اضافة الى', 'بالاضافة الى', 'فضلا عن', 'علاوة على', 'إلى جانب'])}|as well as|in addition to|besides|along with)[\\s,،]*$`,
  'u',
);

/** The casualty cue starting at `cueStart` of `text` (matching form) follows "in addition to". */
export const addedCount = (text: string, cueStart: number): boolean =>
  ADDED_BEFORE.test(text.slice(Math.max(0, cueStart - 30), cueStart));
