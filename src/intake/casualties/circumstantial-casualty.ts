// One person told as hit by how they came out of it: "نقل إلى المستشفى مصاباً", "سقط قتيلاً".
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

/**
 * The singular accusative of a casualty noun with no number before it is a circumstantial (حال): it
 * says how one person came out of the event — "فيما نقل مرافقه إلى المستشفى مصاباً بطلقين" (his
 * companion was taken to hospital wounded, by two bullets: one wounded, the bullets count no one),
 * "سقط الحارس قتيلاً" (the guard fell dead). After a number ("20 قتيلاً") it is the counted noun,
 * read before this.
 */
const ONE_HIT = new Set(['مصابا', 'جريحا', 'قتيلا', 'شهيدا'].map(normalizeForMatch));

export function oneTakenAs(tokens: readonly Token[], at: number): boolean {
  return ONE_HIT.has(tokens[at]?.word ?? '');
}
