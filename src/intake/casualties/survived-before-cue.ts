// "وكان عضو في المجلس قد نجا الشهر الماضي من محاولة اغتيال": the subject survived the blow the cue names.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

/** Verbs of surviving: he, she, the two of them, they escaped (with "و"/"ف" glued on or not). */
const SURVIVED = new Set(
  ['نجا', 'نجت', 'نجيا', 'نجتا', 'نجوا', 'ينجو', 'تنجو']
    .flatMap((w) => [w, `و${w}`, `ف${w}`])
    .map(normalizeForMatch),
);

/**
 * A verb of surviving stands between the subject at `from` and the casualty word at `cue` ("وكان
 * عضو في مجلس الناحية قد نجا من محاولة اغتيال", "وكان الضابط نجا من انفجار…"): the one the subject
 * names escaped what the cue tells, so he is not its dead (who was hit beside him is told on, by its
 * own verb or noun: "أسفرت عن إصابة سائقه").
 */
export function survivedBeforeCue(tokens: readonly Token[], from: number, cue: number): boolean {
  for (let i = from; i < cue; i++) if (SURVIVED.has(tokens[i]?.word ?? '')) return true;
  return false;
}
