// Sides of a fight told as what led to the event, not as the event (beside actors.ts).
import { normalizeForMatch } from '../../text/normalize.js';
import { anyOf as f } from '../reading/word-pattern.js';
import { FIGHT_NOUNS_AR, FIGHT_NOUNS_EN } from '../attackers/fight-nouns.js';

/**
 * "struck army positions after shells fired during fighting between rebels and government forces
 * fell across the line", "بعد اشتباكات بين الفصائل وقوات النظام": the fight came first and the
 * event answered it; its sides are no side of the event, whose doer the clause names apart.
 */
const AFTER_FIGHTING_BETWEEN = new RegExp(
  `(?<![\\p{L}])(?:after|following|${f(['بعد', 'إثر', 'عقب'])})(?![\\p{L}])[^.،,;]{0,60}?(?:${FIGHT_NOUNS_EN}|${f(FIGHT_NOUNS_AR)})\\s+(?:between|${f(['بين'])})\\s+(?:the\\s+)?$`,
  'u',
);

export function earlierFightingAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 100), start);
  return (
    (before.includes('between') || before.includes(normalizeForMatch('بين'))) &&
    AFTER_FIGHTING_BETWEEN.test(before)
  );
}
