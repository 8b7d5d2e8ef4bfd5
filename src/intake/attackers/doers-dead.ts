// The dead of the side that carried out the event just told: its attackers killed.
import { NON_STATE } from '../actors/actor-table.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { withinGap } from '../incidents/incident-followups.js';
import { otherBlow } from '../events/other-blow.js';
import type { Building } from '../incidents/incident-types.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/** A clause set against the one before: "فيما", "بينما", "في حين", "while", "whereas". */
export const WHILE = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf(['فيما', 'بينما', 'في حين', 'وفي حين', 'وبينما'])}|while|whereas)(?!${L})`,
  'u',
);

/**
 * The dead counted as armed men of a side, by the partitive: "ثلاثة من المطلوبين", "اثنان من مسلحي
 * الوحدات", "من عناصر التنظيم", "two of the gunmen", "three of the militants".
 */
export const ARMED_OF = new RegExp(
  `(?<!${L})(?:${anyOf(['من'])})\\s+(?:${anyOf(['مسلحي', 'المسلحين', 'عناصر', 'مقاتلي', 'المقاتلين', 'المطلوبين', 'أفراد'])})(?!${L})|(?<!${L})of (?:the )?(?:gunmen|militants|fighters|insurgents|suspects|wanted men)(?!${L})`,
  'u',
);

/**
 * The other side of a fight or a raid, set against its victims in the same sentence: "أسفرت عن
 * مقتل جندي وإصابة ثلاثة آخرين، فيما قُتل اثنان من مسلحي الوحدات", "…استشهاد المنتسب، فيما قتل ثلاثة
 * من المطلوبين", "killing a policeman, while two of the gunmen were killed": armed men of no side
 * the victims were of, counted apart from them — the same event's attackers, not another event.
 */
function otherSideOfVictims(last: Building, facts: ClauseFacts, sentenceIndex: number): boolean {
  return (
    last.sentences.includes(sentenceIndex) &&
    last.targets.length > 0 &&
    facts.targets.every((t) => NON_STATE.has(t) && !last.targets.includes(t)) &&
    WHILE.test(facts.matchText) &&
    ARMED_OF.test(facts.matchText)
  );
}

/**
 * "هاجم مسلحو داعش مواقع البيشمركة…" then "أربعة من البيشمركة استشهدوا، فيما قتل 12 من مسلحي داعش"
 * (four Peshmerga were killed, while 12 ISIS militants died); "Islamic State fighters attacked an
 * army post… Three soldiers were killed, while nine of the Islamic State fighters were killed": where
 * the only dead a clause of the event's own sentence counts are of the side that did the event, with
 * no blow, place or day of their own, they are that event's attackers killed — the same battle, not
 * another incident. So are armed men of no side the victims were of, set against them by "while"
 * (otherSideOfVictims), the attackers told among them too ("فيما قتل ستة من مقاتلي التنظيم بينهم
 * الانتحاري": six of theirs, the bomber one of them).
 */
export function deadOfTheDoers(last: Building, facts: ClauseFacts, sentenceIndex: number): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  return (
    killed !== null &&
    wounded === null &&
    last.attackersKilled === null &&
    // (or a later one that names the event again: "كما قتل ٣ من عناصر التنظيم خلال الاشتباكات")
    (last.sentences.includes(sentenceIndex) || (facts.refersBack && withinGap(last, sentenceIndex))) &&
    ((attackersKilled === null &&
      last.actors.length > 0 &&
      facts.targets.length > 0 &&
      facts.targets.every((t) => last.actors.includes(t)) &&
      // (the event named again by its definite noun is that one: "خلال الاشتباك", "in the clashes")
      (!facts.eventNamed || facts.refersBack)) ||
      // (the other side named by what they did, "بينهم الانتحاري", names no blow of another kind)
      (otherSideOfVictims(last, facts, sentenceIndex) && !otherBlow(last.event, facts.event))) &&
    !facts.eventDate &&
    !facts.place?.governorate
  );
}
