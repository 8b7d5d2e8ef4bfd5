import { normalizeForMatch } from '../text/normalize.js';
import type { Casualties } from './casualties.js';
import type { Check } from './checks.js';
import { CUES } from './event-cues.js';
import type { MatchView } from './view.js';

const f = normalizeForMatch;
/** "at least", "more than", "about" before a count: the count is not exact. */
const QUALIFIER = new RegExp(
  `(?<![\\p{L}])(?:${['at least', 'more than', 'over', 'about', 'around', 'nearly', 'almost', 'some', 'up to', 'dozens of', 'ما لا يقل عن', 'لا يقل عن', 'أكثر من', 'اكثر من', 'نحو', 'قرابة', 'حوالي', 'زهاء', 'ما يقارب', 'عشرات'].map(f).join('|')})\\s+[\\p{N}\\p{L}]+`,
  'gu',
);

/**
 * What about a clause's casualty figures an editor should know: a joint "killed and wounded"
 * figure with no split (kept unsplit: no split is invented), or a figure given as "at least",
 * "more than", "about" (kept as the article's number, marked approximate).
 */
export function casualtyNotes(view: MatchView, casualties: Casualties): Check[] {
  const notes: Check[] = [];
  const combined = CUES.combined.exec(view.text);
  CUES.combined.lastIndex = 0;
  if (combined && casualties.killed === null && casualties.wounded === null) {
    // the joint figure with up to four words before it (its count) and two after, whole words only
    const before = view.text.slice(0, combined.index).match(/(?:[\p{L}\p{N}]+\s+){0,4}$/u)?.[0] ?? '';
    const after =
      view.text.slice(combined.index + combined[0].length).match(/^(?:\s+[\p{L}\p{N}]+){0,2}/u)?.[0] ?? '';
    notes.push({
      reason: 'casualties-unsplit',
      detail: view
        .sourceSpan(combined.index - before.length, combined.index + combined[0].length + after.length)
        .text.trim(),
    });
  }
  if (casualties.killed !== null || casualties.wounded !== null) {
    for (const m of view.text.matchAll(QUALIFIER))
      notes.push({
        reason: 'casualties-approximate',
        detail: view.sourceSpan(m.index, m.index + m[0].length).text.trim(),
      });
  }
  return notes;
}
