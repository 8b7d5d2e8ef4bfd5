// The dead of each side of a fight, told side by side: the fight's toll, no attackers set apart.
import type { Building } from '../incidents/incident-types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { WHILE } from './doers-dead.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "clashes", "fighting", "في اشتباكات", "خلال المعارك": a fight between two sides. */
const FIGHT = new RegExp(
  `(?<!${L})(?:clash(?:es|ed)?|fighting|battles?|firefights?|gunfights?)(?!${L})|(?<!${L})[وفبل]?(?:ال)?(?:${anyOf(['اشتباك', 'اشتباكات', 'معارك', 'معركة', 'مواجهات', 'اقتتال'])})(?!${L})`,
  'u',
);

/** "attacked", "an assault", "هجوم", "هاجم": one side's blow at the other. */
const ATTACK = new RegExp(
  `(?<!${L})(?:attack(?:s|ed)?|assault(?:s|ed)?|raid(?:s|ed)?|ambush(?:es|ed)?|stormed|overr[au]n)(?!${L})|(?<!${L})[وفبل]?(?:ال)?(?:${anyOf(['هجوم', 'هجمات', 'هاجم', 'هاجمت', 'هاجموا', 'كمين', 'اقتحم', 'اقتحمت', 'اقتحموا', 'اجتاح', 'اجتاحت', 'اجتاحوا'])})(?!${L})`,
  'u',
);

/**
 * "repelled a large-scale attack", "fought off an assault", "تصدت لهجوم واسع": an attack, any attack
 * (not only the one told before, as repelled.ts reads), told as fought off by the side it hit.
 */
const FOUGHT_OFF = new RegExp(
  `(?<!${L})(?:repelled|repulsed|fought off|beat back|thwarted|foiled)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:attack|assault|offensive|raid|ambush|infiltration)(?!${L})|(?<!${L})(?:${anyOf(['تصدت', 'تصدى', 'تصدوا', 'صدت', 'صد', 'صدوا'])})\\s+(?:${anyOf(['لهجوم', 'للهجوم', 'هجوما', 'هجوماً', 'الهجوم', 'لمحاولة', 'محاولة'])})(?!${L})`,
  'u',
);

/**
 * The clause that opened the event told it as a fight — clashes, or an attack its target fought off
 * ("had repelled an assault…, in fighting that lasted till dawn") — not as one side's blow at the
 * other.
 */
function toldAsFight(event: Building): boolean {
  const opened = matchView(event.source).text;
  return FIGHT.test(opened) && (!ATTACK.test(opened) || FOUGHT_OFF.test(opened));
}

/**
 * "مقتل سبعة من عناصر التنظيم في اشتباكات مع قسد، فيما قتل عنصران من قسد في الاشتباكات ذاتها";
 * "11 of the attacking fighters were killed, while four SDF fighters were killed", after a fight
 * told: a clause of the sentence that counted the event's dead, set against it by "while", counting
 * the dead of a side (a force) that was not among those counted, with no blow, place or day of its
 * own, and its wounded if it tells them. In a fight neither side's dead are victims set apart from
 * attackers: its toll counts both sides (fight-toll.ts reads the same in one clause: "Fighting killed 19 soldiers and 23
 * jihadists"). An attack told as such ("ISIS fighters attacked an army post…, three soldiers were
 * killed, while nine of the attackers died") keeps its attackers apart (doers-dead.ts).
 */
export function otherSideOfFight(event: Building, facts: ClauseFacts, sentenceIndex: number): boolean {
  const { killed, attackersKilled } = facts.casualties;
  return (
    event.killed !== null &&
    killed !== null &&
    attackersKilled === null &&
    event.attackersKilled === null &&
    event.sentences.includes(sentenceIndex) &&
    WHILE.test(facts.matchText) &&
    facts.targets.length > 0 &&
    facts.targets.every((side) => !event.targets.includes(side)) &&
    !facts.eventDate &&
    !facts.place?.governorate &&
    !namesBlowOfItsOwn(facts.matchText) &&
    toldAsFight(event)
  );
}
