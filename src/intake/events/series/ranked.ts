// The event just told, ranked in a series: "the strike was the fourth in the province this year".
import { CLAUSE_HEAD, L, anyOf } from '../../reading/word-pattern.js';
import { AR_RANKS, EN_RANKS } from './ordinals.js';

const EN_EVENT =
  '(?:attack|strike|airstrike|air strike|drone strike|bombing|blast|explosion|raid|shelling|assault|killing|ambush|incident)';
const EN_RANK = `(?:latest|${EN_RANKS.join('|')}|\\d+(?:st|nd|rd|th))`;
const AR_POINTER = anyOf([
  'هذه',
  'وهذه',
  'هذا',
  'وهذا',
  'هي',
  'وهي',
  'هو',
  'وهو',
  'يعد',
  'ويعد',
  'تعد',
  'وتعد',
]);
/** "يعد", "تعد": "is counted as", the verb that may open the clause before its pointer. */
const COUNTS_AS = anyOf(['يعد', 'ويعد', 'تعد', 'وتعد']);
const AR_EVENT = anyOf([
  'الغارة',
  'الهجوم',
  'القصف',
  'التفجير',
  'الانفجار',
  'الاستهداف',
  'الضربة',
  'العملية',
  'الاعتداء',
]);
const AR_RANK = anyOf(AR_RANKS);

/**
 * "The strike was the fourth in Sulaimani province since the start of the year", "The attack is the
 * second of its kind this month", "وهذه الضربة هي الثالثة من نوعها منذ بداية الشهر", "هذا الهجوم
 * الرابع من نوعه على الحقل", "وهذا ثاني هجوم انتحاري تشهده المحافظة": the event just told, counted
 * in the series it belongs to — its place and span are the series', no event of their own. The
 * pointer opens the clause, or follows the verb that counts it ("ويعد هذا التفجير الثاني من نوعه"):
 * written before against `^\W*`, which skipped any Arabic words, the rule reached that verb by chance.
 */
const RANKED = new RegExp(
  `${CLAUSE_HEAD}(?:the|this|that|it) (?:${EN_EVENT} )?(?:was|is|marks|marked) (?:the|a) ${EN_RANK}(?!${L})|${CLAUSE_HEAD}(?:${COUNTS_AS}\\s+)?(?:${AR_POINTER})\\s+(?:(?:${AR_EVENT})\\s+)?(?:(?:${anyOf(['هي', 'هو'])})\\s+)?(?:${AR_RANK})(?!${L})`,
  'iu',
);

/** The clause (in matching form) ranks the event just told in a series. */
export const ranksEventTold = (matchText: string): boolean => RANKED.test(matchText);
