// "لقي سبعة من عناصر القوات النظامية مصرعهم، كما قتل أربعة مقاتلين من الكتائب، خلال اشتباكات دارت
// ليلة الأحد": one side's dead told first, the other side's added by "also" with the fight they all
// fell in told after them — one fight's toll, not a second event.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { sameGovernorate } from '../places/incident-places.js';
import { matchView } from '../reading/view.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';
import { DOERS_OR_BLOW, IN_A_FIGHT } from './armed-dead-while.js';
import { ATTACK } from './fight-sides.js';

/** "كما", "وكما": a clause adding more of the same to the one before. */
const ALSO = new RegExp(`${CLAUSE_HEAD}(?:${anyOf(['كما', 'وكما'])})(?!${L})`, 'u');

/**
 * Whether the clause, opened by "also" in the sentence that alone told the event (`event`), counts
 * dead it places in a fight ("خلال اشتباكات عنيفة"), of no side the event's dead were of, with no
 * doers named as such, no blow and no other province of its own, where the event's clause told its
 * dead only (no blow, no attack, no day): the other side's dead of that fight, its toll too, whose day
 * and kind the clause tells.
 */
export function alsoDeadInFight(event: Building, facts: ClauseFacts, sentenceIndex: number): boolean {
  const { killed, attackersKilled } = facts.casualties;
  return (
    (killed !== null || attackersKilled !== null) &&
    event.killed !== null &&
    event.attackersKilled === null &&
    event.date === null &&
    event.sentences.length === 1 &&
    event.sentences[0] === sentenceIndex &&
    ALSO.test(facts.matchText) &&
    IN_A_FIGHT.test(facts.matchText) &&
    !DOERS_OR_BLOW.test(facts.matchText) &&
    !namesBlowOfItsOwn(matchView(event.source).text) &&
    // ("قتلوا في هجوم لخلايا التنظيم على نقطة عسكرية، كما قتل 3 من عناصر التنظيم": an attack told as
    // such keeps its attackers' dead apart, doers-dead.ts)
    !ATTACK.test(matchView(event.source).text) &&
    facts.targets.every((side) => !event.targets.includes(side)) &&
    (!facts.place?.governorate || !event.place?.governorate || sameGovernorate(event.place, facts.place))
  );
}
