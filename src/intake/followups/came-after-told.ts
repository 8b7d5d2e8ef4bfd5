// "ويأتي الهجوم بعد…", "The attack came after…": the event just told, set against what came before it.
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';
import { RETALIATION_AR, RETALIATION_EN } from './retaliation-words.js';

/** The event just told by its definite name, as the subject of "came after". */
const TOLD_CAME_AFTER = new RegExp(
  `^["«“]?\\s*(?:${anyOf(['ويأتي', 'يأتي', 'وتأتي', 'تأتي', 'وجاء', 'جاء', 'وجاءت', 'جاءت'])})\\s+(?:${anyOf(['الهجوم', 'الهجومان', 'الحادث', 'الحادثة', 'القصف', 'التفجير', 'التفجيران', 'الانفجار', 'الغارة', 'الغارات', 'الكمين', 'العملية', 'الاغتيال'])})\\s+${anyOf(['بعد'])}(?!${L})|${CLAUSE_HEAD}the (?:attack|bombing|blast|explosion|strikes?|shelling|ambush|raid|killing|assassination)s? (?:comes|came) (?:[\\p{L}\\d-]+ ){0,3}after(?!${L})`,
  'u',
);

/**
 * "ويأتي الهجوم بعد أقل من ثلاثة أسابيع على إعلان النصر", "The attack came weeks after…": a clause
 * whose subject is the event just told, by its definite name, coming after something — where it gives
 * no casualties, day or place of its own, what it came after is the news's background, and the
 * event noun it opens with is the one told, not another event (an earlier event it names with its
 * toll, day or place is read as one by the rules of earlier events).
 */
export const cameAfterAsTold = (matchText: string): boolean => TOLD_CAME_AFTER.test(matchText);

/**
 * The event told by its definite name, or by its day ("Monday's bombing"), as the subject of "came
 * amid"; so are the events of a roundup told together, by a demonstrative ("وتأتي هذه الحوادث في
 * وقت…", "These attacks come as…").
 */
const TOLD_CAME_AMID = new RegExp(
  `^["«“]?\\s*(?:${anyOf(['ويأتي', 'يأتي', 'وتأتي', 'تأتي', 'وجاء', 'جاء', 'وجاءت', 'جاءت'])})\\s+(?:(?:${anyOf(['هذا', 'هذه', 'هذان', 'هاتان'])})\\s+)?(?:${anyOf(['الهجوم', 'الهجومان', 'الحادث', 'الحادثة', 'القصف', 'التفجير', 'التفجيران', 'الانفجار', 'الغارة', 'الغارات', 'الكمين', 'الاغتيال', 'الحوادث', 'الهجمات', 'التفجيرات', 'الاعتداءات', 'الخروقات'])})\\s+(?:${anyOf(['عشية', 'وسط', 'في ظل', 'في وقت', 'فيما', 'تزامنا مع', 'بالتزامن مع', 'مع', 'في ذروة', 'في أوج', 'في خضم', 'قبيل', 'خلال'])})(?!${L})|${CLAUSE_HEAD}(?:the|these|\\p{L}+ s) (?:attack|bombing|blast|explosion|strikes?|shelling|ambush|killing|assassination|incident)s? (?:comes?|came) (?:as|amid|while|on the eve of)(?!${L})`,
  'u',
);

/**
 * "ويأتي التفجير عشية الذكرى الثالثة لانطلاق الاحتجاجات في حمص", "Monday's bombing came as rebels
 * pressed an offensive they launched last week on Jobar": the event just told, set in what was going
 * on around it — where it gives no casualties, what it came amid is the news's setting (an
 * anniversary, a campaign under way), no incident of its own, whatever day or place it names.
 */
export const cameAmidAsTold = (matchText: string): boolean => TOLD_CAME_AMID.test(matchText);

/** The event told by its definite name, as the subject of "came in answer to". */
const TOLD_CAME_IN_ANSWER = new RegExp(
  `(?<!${L})ال\\p{L}+\\s+(?:${anyOf(['جاءت', 'جاء', 'تأتي', 'يأتي'])})\\s+(?:${anyOf(RETALIATION_AR)})(?!${L})|(?<!${L})the (?:[\\p{L}-]+ ){0,2}?(?:strikes?|attacks?|raids?|bombing|shelling) (?:came|comes|come) (?:[\\p{L}-]+ ){0,2}?(?:${RETALIATION_EN.join('|')})(?!${L})`,
  'u',
);

/**
 * "وكانت الوزارة أعلنت أن الضربات جاءت رداً على هجوم استهدف قاعدة … مطلع الأسبوع الماضي", "The strikes
 * came in retaliation for a drone attack last week": the event told, with what it answered — where
 * that names no casualties, it is the news's cause, no incident of its own (however it is dated),
 * unless it is a blow told with its own day and place (earlier-events.ts).
 */
export const cameInAnswerAsTold = (matchText: string): boolean => TOLD_CAME_IN_ANSWER.test(matchText);

/** Where the words telling what the event told came in answer to end (null where it tells none). */
export function answerOfTold(matchText: string): { end: number } | null {
  const m = TOLD_CAME_IN_ANSWER.exec(matchText);
  return m && { end: m.index + m[0].length };
}
