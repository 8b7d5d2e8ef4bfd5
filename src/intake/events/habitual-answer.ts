// What an army does each time it is attacked, told in the present: a habit, not an event.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "وترد وحدات الجيش على خروقات الإرهابيين باستهداف مواقعهم في ريفي حماة وإدلب", "The army responds
 * to violations by shelling their positions": the present tense of answering violations or attacks
 * tells the army's way of answering them, at places named only as where the other side is; no one
 * blow (a clause with its own dead or wounded is read as usual).
 */
const ANSWERS_EACH_TIME = new RegExp(
  `(?<!${L})(?:${anyOf(['ترد', 'وترد', 'يرد', 'ويرد', 'تتصدى', 'وتتصدى', 'يتصدى', 'ويتصدى'])})(?:\\s+[^\\s،,.]+){0,6}?\\s+(?:${anyOf(['على', 'لـ', 'ل'])})\\s?(?:${anyOf(['خروقات', 'اعتداءات', 'هجمات', 'انتهاكات'])})(?!${L})|(?<!${L})(?:responds|retaliates|replies|respond|retaliate)(?:\\s+(?:routinely|regularly|usually|always))?\\s+to\\s+(?:(?:the|such|these|any)\\s+)?(?:[\\p{L}-]+\\s+)?(?:violations|attacks|breaches|shelling)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells the army's way of answering, in the present. */
export function answersEachTime(matchText: string): boolean {
  return ANSWERS_EACH_TIME.test(matchText);
}
