// Words that narrow what the clause before said, which is no new clause.
import { normalizeForMatch } from '../../text/normalize.js';

/** "وتحديداً", "وبالتحديد" (to be exact), in matching form. */
const NARROWING = new Set(['وتحديدا', 'وبالتحديد'].map(normalizeForMatch));

/**
 * "قصفت مسيّرة، الأسبوع الماضي، وتحديداً مساء الأحد 3 آذار، سيارة…" (a drone struck a car last week, on
 * the evening of Sunday 3 March to be exact): what follows "وتحديداً" says more exactly when or where
 * the clause before happened, and belongs to it (English copy has no comma and "and" there: "last
 * week, on Sunday to be exact" stays one clause already). `word` is in matching form.
 */
export function narrowsBefore(word: string): boolean {
  return NARROWING.has(word);
}
