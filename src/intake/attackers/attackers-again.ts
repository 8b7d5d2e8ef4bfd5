// The attackers killed in the event just told, counted again: in full, or some of them.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameCount, spanOf, type Count } from '../reading/count.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** The clause tells nothing of its own that would make it another event: no place, day or blow. */
const noEventOfItsOwn = (facts: ClauseFacts): boolean =>
  !facts.place?.governorate && !facts.eventDate && !facts.eventNamed && !facts.separate && !facts.another;

/**
 * "Two attackers were shot dead before they reached the post, and a third blew himself up at its
 * gate", then "All three attackers were killed" ("قتل اثنان من المهاجمين… وفجر ثالث نفسه", then "وقتل
 * المهاجمون الثلاثة"): a count of the attackers alone, as many or more than the event told, with no
 * place, day or blow of its own, is that event's attackers counted in full — not the attackers of
 * another event.
 */
export function fullerCountOfAttackers(told: Count, facts: ClauseFacts): boolean {
  const again = facts.casualties.attackersKilled;
  return again !== null && spanOf(again).low >= spanOf(told).high && noEventOfItsOwn(facts);
}

/** "of the militants", "من المهاجمين": the partitive of attackers named before (the definite noun). */
const OF_THE_ATTACKERS = new RegExp(
  `(?<!${L})(?:of the (?:attackers|assailants|militants|gunmen|insurgents|terrorists|bombers|jihadists)|${anyOf(['من'])}\\s+(?:${anyOf(['المهاجمين', 'المسلحين', 'الإرهابيين', 'الانتحاريين', 'المنفذين'])}))(?!${L})`,
  'u',
);

/**
 * "Four bombers were killed", then "Troops shot dead three of the militants, while the fourth blew
 * himself up" ("قتل أربعة انتحاريين", then "قتلت القوات ثلاثة من المهاجمين قبل وصولهم"): fewer
 * attackers than the event told, counted as part of those named before, with no place, day or blow
 * of their own, are some of that event's attackers told again — not the attackers of another event.
 */
export function someOfTheAttackers(told: Count, facts: ClauseFacts): boolean {
  const again = facts.casualties.attackersKilled;
  return (
    again !== null &&
    spanOf(again).high < spanOf(told).low &&
    OF_THE_ATTACKERS.test(facts.matchText) &&
    noEventOfItsOwn(facts)
  );
}

/** The attackers named definite: "the militants", "the two attackers", "الإرهابيين", "المهاجمان". */
const THE_ATTACKERS = new RegExp(
  `(?<!${L})(?:the (?:(?:two|three|four|five|\\d+) )?(?:attackers|assailants|militants|gunmen|insurgents|terrorists|bombers|jihadists)|[وبل]?(?:${anyOf(['المهاجمين', 'المهاجمان', 'المسلحين', 'المسلحان', 'الإرهابيين', 'الإرهابيان', 'الانتحاريين', 'الانتحاريان'])}))(?!${L})`,
  'u',
);

/**
 * "…فيما قتل اثنان من المهاجمين", then "وقال قائد عمليات المنطقة إن جثتي الإرهابيين بقيتا في أرض
 * المعركة" ("two of the attackers were killed", then "the bodies of the two militants were taken to
 * the morgue in Samarra"): as many attackers as the event set apart, named definite, with no day of
 * their own, are those attackers told again — wherever the teller or the morgue is.
 */
export function sameAttackersAgain(told: Count, facts: ClauseFacts): boolean {
  const again = facts.casualties.attackersKilled;
  return (
    again !== null &&
    sameCount(again, told) &&
    THE_ATTACKERS.test(facts.matchText) &&
    !facts.eventDate &&
    !facts.separate &&
    !facts.another
  );
}
