// A casualty verb told "in addition to" the same kind before it: more of that kind, counted on top.
import { L, anyOf } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

/**
 * "…وإصابة خمسة آخرين، إضافة إلى جرح ثلاثة من المدنيين", "killing two soldiers and wounding four,
 * as well as wounding a civilian": the connector right before the verb says its count comes on top
 * of the count the same verb kind gave before it, never in its place.
 */
const ADDED_BEFORE = new RegExp(
  `(?<!${L})(?:${anyOf(['إضافة إلى', 'بالإضافة إلى', 'اضافة الى', 'بالاضافة الى', 'فضلا عن', 'علاوة على', 'إلى جانب'])}|as well as|in addition to|besides|along with)[\\s,،]*$`,
  'u',
);

/**
 * "…وإصابة أربعة آخرين، إضافة لإصابة سيدة": the same connector with its preposition glued to the verb's
 * noun as "ل" ("لإصابة", "لجرح") instead of "إلى" standing apart — the same count on top.
 */
const ADDED_GLUED = new RegExp(`(?<!${L})(?:${anyOf(['إضافة', 'بالإضافة', 'وإضافة'])})[\\s,،]*$`, 'u');

/** The casualty cue starting at `cueStart` of `text` (matching form) follows "in addition to". */
export const addedCount = (text: string, cueStart: number): boolean =>
  ADDED_BEFORE.test(text.slice(Math.max(0, cueStart - 30), cueStart)) ||
  (text.startsWith(normalizeForMatch('ل'), cueStart) &&
    ADDED_GLUED.test(text.slice(Math.max(0, cueStart - 30), cueStart)));
