// "واندلعت اشتباكات استمرت ساعتين أسفرت عن مقتل جنديين وإصابة ثالث، فيما قتل أربعة من المسلحين":
// the victims told as what the fight itself killed, the other side's dead set against them by
// "while" — both sides' dead of one fight, its toll, not attackers kept apart from victims.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { BLOW, FIGHT_RESULTED } from '../casualties/fight-resulted.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { whileBesideVictimsOfSentence } from './armed-dead-while.js';
import { FOUGHT_OFF, OWN_SIDE } from './fight-sides.js';
import { offensiveResulted } from '../casualties/offensive-launched-ar.js';
import { FIGHTERS_OF_SIDE } from './fighters-of-side.js';

/** "مقتل", "استشهاد", "مصرع", "سقوط": the noun of a death a fight's result tells (matching form). */
const DEATH_NOUN = new RegExp(`(?<!${L})(?:${anyOf(['مقتل', 'استشهاد', 'مصرع', 'سقوط'])})(?!${L})`, 'gu');

/**
 * The clause before (matching form) told its dead as the result of a fight — "الاشتباكات أسفرت عن
 * مقتل", "بعد اشتباكات استمرت ثلاث ساعات أسفرت عن استشهاد" (fight-resulted.ts reads the same in one
 * clause) — and told no blow, or only an attack its target fought off ("صد مقاتلو العشائر هجوماً …،
 * بعد اشتباكات … أسفرت عن"): a fight between two forces, not one side's blow at the other.
 */
export function deadOfFightResult(clauseBefore: string): boolean {
  const fought = [...clauseBefore.matchAll(DEATH_NOUN)].some((m) =>
    FIGHT_RESULTED.test(clauseBefore.slice(0, m.index)),
  );
  // (or the result of an offensive, told as the attack a side launched at no post: offensive-launched-ar.ts)
  return (
    (fought && (!BLOW.test(clauseBefore) || FOUGHT_OFF.test(clauseBefore))) || offensiveResulted(clauseBefore)
  );
}

/**
 * Whether the clause, set by "while" against the clause before it in the event's own sentence that
 * told the event's victims as the result of a fight (deadOfFightResult), counts the dead of one other
 * side only — armed men read as attackers, dead of no side the event's were of, or a side's own ("فيما
 * خسر الفصيل أربعة من مقاتليه") — with no doers named
 * as such, no blow, no other day and no other province of its own: the other side's dead of that
 * fight, its toll too. (Where the attackers who died are told as such, "فيما قتل ثلاثة من المهاجمين",
 * or a blow of another kind, they stay apart: doers-dead.ts.)
 */
export function otherSideOfFightResult(
  event: Building,
  facts: ClauseFacts,
  sentenceIndex: number,
  clauseBefore: string,
): boolean {
  const { killed, attackersKilled } = facts.casualties;
  return (
    (killed === null) !== (attackersKilled === null) &&
    whileBesideVictimsOfSentence(event, facts, sentenceIndex) &&
    (killed === null ||
      (facts.targets.length > 0 && facts.targets.every((t) => !event.targets.includes(t))) ||
      OWN_SIDE.test(facts.matchText) ||
      // (or a group's fighters, after an offensive's result: "فيما قتل مقاتلان من الوحدات", the
      // launching side's own, whose name the actor tables may not know: offensive-launched-ar.ts)
      (FIGHTERS_OF_SIDE.test(facts.matchText) && offensiveResulted(clauseBefore))) &&
    deadOfFightResult(clauseBefore)
  );
}
