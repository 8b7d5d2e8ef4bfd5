// Who the dead were: the side named there is the one hit.
import { L, anyOf as f } from '../reading/word-pattern.js';

/** The dead, wounded or victims named as a group: "القتلى", "الضحيتين". */
const DEAD_AR = f(['القتلى', 'الضحايا', 'الجرحى', 'المصابين', 'القتيلين', 'الضحيتين']);

/**
 * "Seven of the dead were fighters of a faction of the Syrian National Army", "the three dead were
 * members of a group affiliated with the PKK", "وكان القتلى من عناصر قسد": what the article says the
 * dead were names the side hit, however many words describe them first; so does whom they belong to
 * ("تحدثت مصادر عن انتماء القتلى إلى فصيل", "القتلى ينتمون إلى").
 */
const DEAD_WERE_BEFORE = new RegExp(
  `(?<!${L})(?:(?:the\\s+)?(?:[\\p{L}\\d]+\\s+)?(?:dead|killed|victims|wounded|injured|casualties)\\s+(?:were|was|are|included|include)|${DEAD_AR}\\s+(?:${f(['كانوا', 'هم', 'من', 'كانا', 'ينتمون', 'ينتميان'])})|${f(['انتماء', 'ينتمي', 'وينتمي'])}\\s+${DEAD_AR}\\s+${f(['إلى', 'الى'])})(?!${L})([^.;]{0,64})$`,
  'u',
);
/** "the wounded were taken to hospital by the army": the force that carried them is no victim. */
const BY = new RegExp(`(?<!${L})(?:by|${f(['بواسطة', 'من قبل'])})(?!${L})`, 'u');

export function deadWereBefore(text: string, start: number): boolean {
  const tail = DEAD_WERE_BEFORE.exec(text.slice(Math.max(0, start - 120), start))?.[1];
  return tail !== undefined && !BY.test(tail);
}
