// "أسفر الاشتباك عن مقتل منتسب وإصابة اثنين من زملائه، فيما قتل اثنان من المطلوبين"; "قتل ثلاثة من
// الشرطة وأصيب خمسة آخرون، فيما قتل خمسة من المسلحين في اشتباكات اندلعت ليلة الجمعة": the armed men's
// dead set against a fight's victims in one sentence — the other side's dead of that fight, its toll.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { sameGovernorate } from '../places/incident-places.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { ARMED_OF, WHILE } from './doers-dead.js';
import { toldAsFight } from './fight-sides.js';
import { FIGHT_NOUNS_AR, IN_FIGHT_PREPOSITIONS_AR } from './fight-nouns.js';

/**
 * The clause places its own dead in a fight (matching form): "في اشتباكات عنيفة", "خلال المواجهات",
 * "in clashes" — the fight the sentence's dead on both sides fell in, told after them.
 */
export const IN_A_FIGHT = new RegExp(
  `(?<!${L})(?:${anyOf(IN_FIGHT_PREPOSITIONS_AR)})\\s+(?:ال)?(?:${anyOf(FIGHT_NOUNS_AR)})(?!${L})|(?<!${L})(?:in|during) (?:the )?(?:clashes|fighting|gunbattles?|firefights?)(?!${L})`,
  'u',
);

/**
 * "أكثر من عشرة مسلحين", "ما لا يقل عن عشرين إرهابياً", "five militants" (matching form): armed men
 * counted by their own noun, no partitive — the other side of the fight as "خمسة من المسلحين" is.
 */
const ARMED_NOUN = new RegExp(
  `(?<!${L})(?:${anyOf(['مسلحين', 'مسلحا', 'مسلحاً', 'مسلحون', 'إرهابيين', 'إرهابيا', 'إرهابياً', 'إرهابيون', 'متشددين', 'متشددا', 'متشدداً', 'تكفيريين', 'تكفيريا', 'تكفيرياً'])})(?!${L})|(?<!${L})(?:gunmen|militants|insurgents|jihadists|terrorists)(?!${L})`,
  'u',
);

/**
 * The doers named as such ("من المهاجمين", "the attackers"), or a blow of another kind told with the
 * dead ("بانفجار عبوة", "in an air strike", "انتحاري"): an attack's dead, or a blow's, kept apart from
 * its victims whatever fight followed.
 */
export const DOERS_OR_BLOW = new RegExp(
  `(?<!${L})[وفبل]?(?:ال)?(?:${anyOf(['مهاجمين', 'مهاجمون', 'انتحاري', 'انتحاريين', 'انتحاريون', 'تفجير', 'انفجار', 'عبوة', 'مفخخة', 'غارة', 'قصف', 'قذيفة'])})(?!${L})|(?<!${L})(?:attackers|assailants|suicide|bomb|bombers?|blast|explosion|strike|shelling)(?!${L})`,
  'u',
);

/**
 * Whether the clause's only dead are armed men counted by the partitive ("اثنان من المطلوبين",
 * "خمسة من المسلحين") or by their own noun (ARMED_NOUN), set by "while" against the victims the event's clause of the same sentence
 * counted, where that event was told as a fight or the clause places those dead in one, and with no
 * doers named as such, no blow and no other province of their own: no attackers kept apart from
 * victims, since in a fight both sides' dead are its toll. A day the clause tells is the fight's
 * where the event had none yet.
 */
export function armedDeadWhileFighting(event: Building, facts: ClauseFacts, sentenceIndex: number): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  return (
    killed === null &&
    wounded === null &&
    attackersKilled !== null &&
    whileBesideVictimsOfSentence(event, facts, sentenceIndex) &&
    // (not where the event's own clause counted armed men by their noun already: "قتل أربعة جنود
    // وأحد عشر مسلحاً", then "فيما تركت جثث أحد عشر مسلحاً" tells them again)
    (ARMED_OF.test(facts.matchText) ||
      (ARMED_NOUN.test(facts.matchText) && !ARMED_NOUN.test(matchView(event.source).text))) &&
    (toldAsFight(event) || IN_A_FIGHT.test(facts.matchText))
  );
}

/**
 * The clause is set by "while" against the event its own sentence told with victims only (none of its
 * dead kept as attackers or armed men), and names no doers or blow, no day the event has already and
 * no other province: where the other side's dead of a fight may join that event's toll (this file,
 * fight-result-while.ts).
 */
export function whileBesideVictimsOfSentence(
  event: Building,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  return (
    event.sentences.includes(sentenceIndex) &&
    event.killed !== null &&
    event.attackersKilled === null &&
    !event.deadAreAttackers &&
    !event.armedDead &&
    WHILE.test(facts.matchText) &&
    !DOERS_OR_BLOW.test(facts.matchText) &&
    (!facts.eventDate || event.date === null) &&
    (!facts.place?.governorate || !event.place?.governorate || sameGovernorate(event.place, facts.place))
  );
}
