// A second source's toll set against the first in the same sentence: the same event, in its figures.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameRange } from '../dates/event-period.js';
import { sameGovernorate } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/** A source's verb of telling or counting a toll, right after "فيما", "بينما", "في حين". */
const COUNTS_AR = anyOf([
  'وثق',
  'وثقت',
  'أحصى',
  'أحصت',
  'سجل',
  'سجلت',
  'قال',
  'قالت',
  'أفاد',
  'أفادت',
  'ذكر',
  'ذكرت',
  'أكد',
  'أكدت',
  'تحدث',
  'تحدثت',
  'أشار',
  'أشارت',
  'نقل',
  'نقلت',
]);
const COUNTS_EN = 'said|says|put|puts|counted|documented|reported|recorded|gave|cited';

/**
 * "…إن تسعة مدنيين قتلوا، فيما أحصى المرصد مقتل 12 شخصاً", "the police said seven were killed, while
 * the Observatory put the toll at nine": a clause set against the one before by "while", whose
 * subject is a source telling or counting.
 */
const WHILE_SOURCE = new RegExp(
  [
    `${CLAUSE_HEAD}(?:${anyOf(['فيما', 'بينما', 'في حين', 'وفي حين', 'وبينما'])})\\s+(?:${COUNTS_AR})(?!${L})`,
    `${CLAUSE_HEAD}(?:while|whereas)\\s+(?:[^\\s,.;]+\\s+){1,8}?(?:${COUNTS_EN})(?!${L})`,
  ].join('|'),
  'u',
);

/**
 * "غير أن مصادر محلية تحدثت عن أربعة جرحى", "غير أن شاهد عيان أكد أن عدد القتلى ستة", "But a witness
 * told AFP six were killed": a sentence opened by "but" whose subject, a source, tells a count set
 * against the one the story gave (which may lie a sentence back, past what the first source added).
 */
const BUT_SOURCE = new RegExp(
  [
    `${CLAUSE_HEAD}(?:${anyOf(['غير أن', 'إلا أن', 'لكن', 'ولكن', 'بيد أن'])})\\s+(?:[^\\s،,.؛]+\\s+){1,6}?(?:${COUNTS_AR})(?!${L})`,
    `${CLAUSE_HEAD}(?:but|however,?)\\s+(?:[^\\s,.;]+\\s+){1,8}?(?:${COUNTS_EN}|told)(?!${L})`,
  ].join('|'),
  'u',
);

/** How many sentences back the toll a "but" source sets its count against may lie. */
const BUT_AFTER = 2;

/**
 * A toll told in a sentence that has told the toll of the event just told (or opening the sentence
 * right after it with "فيما"), set against it as
 * another source's ("فيما وثق المرصد السوري مقتل عشرة مدنيين" after the civil defence's twelve):
 * that event in that source's figures — not a second event — where it names no other day, no
 * other governorate and no event of its own kind (another, similar, a total). The place it names
 * ("مقتل 12 شخصاً من عائلتين نازحتين من ريف البوكمال") is where the victims came from, not a spot.
 */
export function secondSourceToll(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
  nth: number,
  firstClause: ClauseFacts | null = null,
): boolean {
  if (!last) return false;
  // ("…ما يرشح عدد القتلى للارتفاع. فيما تحدثت مصادر محلية عن سبعة قتلى": the copy may close the
  // sentence before "فيما"; the toll it is set against is then the one of the sentence just before)
  const setAgainst =
    nth === 0
      ? last.sentences.includes(sentenceIndex - 1)
      : last.sentences.includes(sentenceIndex) || afterTellersWords(last, firstClause, sentenceIndex);
  const but =
    nth === 0 &&
    last.sentences.some((i) => i < sentenceIndex && sentenceIndex - i <= BUT_AFTER) &&
    BUT_SOURCE.test(facts.matchText);
  if (!setAgainst && !but) return false;
  if (last.killed === null && last.wounded === null) return false;
  if (facts.casualties.killed === null && facts.casualties.wounded === null) return false;
  if (facts.separate || facts.another || facts.similar || facts.aggregate) return false;
  // ("غير أن مصدراً أفاد بأن عدد الجرحى ارتفع إلى 11": a teller who tells the toll risen gives the
  // event's toll now, not a count to set against the first: the rise replaces it, toll-update.ts)
  if (facts.risenTo) return false;
  if (facts.eventDate && !(last.date && sameRange(facts.eventDate.date, last.date))) return false;
  if (facts.place?.governorate && !sameGovernorate(last.place, facts.place)) return false;
  return but || WHILE_SOURCE.test(facts.matchText);
}

/**
 * "وقال المصدر إن الطائرتين استهدفتا العجلتين قرب المقر، فيما تحدثت وسائل إعلام عن مقتل اثنين",
 * after the source's toll in the sentence just before: the sentence opens on the teller's words of how
 * the event went — no toll, no day, no governorate of their own, nothing drafted of them — so the
 * toll the "فيما" source sets its count against is the one of that sentence before.
 */
function afterTellersWords(last: Building, first: ClauseFacts | null, sentenceIndex: number): boolean {
  if (!first?.sourced || !last.sentences.includes(sentenceIndex - 1)) return false;
  const { killed, wounded, attackersKilled } = first.casualties;
  return (
    killed === null &&
    wounded === null &&
    attackersKilled === null &&
    !first.eventDate &&
    !first.place?.governorate
  );
}
