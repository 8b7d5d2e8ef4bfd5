// Who the dead were: the side named there is the one hit.
import { L, anyOf as f } from '../reading/word-pattern.js';

/** The dead, wounded or victims named as a group: "القتلى", "الضحيتين". */
const DEAD_AR = f(['القتلى', 'الضحايا', 'الجرحى', 'المصابين', 'القتيلين', 'الضحيتين']);

/**
 * "Seven of the dead were fighters of a faction of the Syrian National Army", "the three dead were
 * members of a group affiliated with the PKK": what the article says the dead were names the side
 * hit, however many words describe them first. Arabic names the dead as a group ("القتلى", "الضحايا",
 * "الجرحى") and then who they were in many ways — "وكان القتلى من عناصر قسد", "ارتفع عدد الضحايا إلى
 * 40، بينهم عناصر في الشرطة", "انتماء القتلى إلى فصيل", "جثتي القتيلين وجريحين، بينهم شرطي" — so a
 * side named after them in the same clause is among those hit, whatever word joins it.
 */
const DEAD_WERE_BEFORE = new RegExp(
  `(?<!${L})(?:(?:the\\s+)?(?:[\\p{L}\\d]+\\s+)?(?:dead|killed|victims|wounded|injured|casualties)\\s+(?:were|was|are|included|include)|${DEAD_AR})(?!${L})([^.;]{0,64})$`,
  'u',
);
/** "the wounded were taken to hospital by the army": the force that carried them is no victim. */
const BY = new RegExp(`(?<!${L})(?:by|${f(['بواسطة', 'من قبل'])})(?!${L})`, 'u');

export function deadWereBefore(text: string, start: number): boolean {
  const tail = DEAD_WERE_BEFORE.exec(text.slice(Math.max(0, start - 120), start))?.[1];
  return tail !== undefined && !BY.test(tail);
}
