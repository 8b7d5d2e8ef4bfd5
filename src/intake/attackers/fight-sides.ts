// The dead of each side of a fight, told side by side: the fight's toll, no attackers set apart.
import type { Building } from '../incidents/incident-types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { WHILE, deadOfTheDoers } from './doers-dead.js';
import { OF_OWN_MEN_EN } from '../events/own-dead-told.js';
import { FIGHTERS_OF_SIDE } from './fighters-of-side.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { fromAfar } from '../events/other-blow.js';
import { withinGap } from '../incidents/incident-followups.js';
import { sameGovernorate } from '../places/incident-places.js';
import { sameCount } from '../reading/count.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { toldBetweenTwoSides } from '../article/both-sides.js';
import { FORCE_MEMBERS } from './force-members.js';
import { martyredJoined } from './martyred-joined.js';
import { operationFought } from './operation-fought.js';
import { operationClashed } from './operation-clashed.js';
import { spanTallyOtherSide } from './span-tally-sides.js';
import { withoutSpoilsOfFight } from './spoils-of-fight.js';
import { sideInTheFight } from './side-in-the-fight.js';
import { attackThenRepelled } from './attack-then-repelled.js';
import { goesOnAt } from './teller-goes-on.js';
import { fellRepelling } from './fell-repelling.js';
import { countsBothSides } from './both-sides-counted.js';
import { pushTold } from './push-told.js';
import { placeTakenEn } from './place-taken-en.js';
import { operationLaunched } from './operation-launched.js';
import { forceDeadOpens } from './force-dead-next.js';
import { membersLost, operationOfArmedDeadOnly } from './operation-own-losses.js';
import { martyredAfterArmedDead, martyredInTheFight } from './martyred-in-fight.js';
import { FIGHT_NOUNS_AR, FIGHT_NOUNS_DEFINITE_AR, FIGHT_NOUNS_EN } from './fight-nouns.js';
import { foeCountsOwn } from './foe-counts-own.js';
import { postAttackersApart } from './post-attack-apart.js';

/** "clashes", "fighting", "في اشتباكات", "خلال المعارك": a fight between two sides. */
export const FIGHT = new RegExp(
  `(?<!${L})(?:${FIGHT_NOUNS_EN}|clashed)(?!${L})|(?<!${L})[وفبل]?(?:ال)?(?:${anyOf(FIGHT_NOUNS_AR)})(?!${L})`,
  'u',
);

/** "attacked", "an assault", "هجوم", "هاجم": one side's blow at the other. */
export const ATTACK = new RegExp(
  `(?<!${L})(?:attack(?:s|ed)?|assault(?:s|ed)?|raid(?:s|ed)?|ambush(?:es|ed)?|stormed|overr[au]n)(?!${L})|(?<!${L})[وفبل]?(?:ال)?(?:${anyOf(['هجوم', 'هجمات', 'هاجم', 'هاجمت', 'هاجموا', 'كمين', 'اقتحم', 'اقتحمت', 'اقتحموا', 'اجتاح', 'اجتاحت', 'اجتاحوا'])})(?!${L})`,
  'u',
);

/**
 * "repelled a large-scale attack", "fought off an assault", "تصدت لهجوم واسع", "أحبطت وحدات الجيش هجوماً",
 * "أعلن صد هجوم واسع" (the repelling a noun, the attack its construct)
 * (the doer told between verb and object, and the day it was fought off: "تصدى مقاتلو وحدات حماية
 * الشعب ظهر أمس الثلاثاء لهجوم", a night told by both its days, "أحبطت وحدات من الجيش ليلة السبت على
 * الأحد هجوماً"; the verb joined on by "و", "وصد مقاتلو العشائر هجوماً"): an attack, any attack
 * (not only the one told before, as repelled.ts reads), told as fought off by the side it hit (or as
 * absorbed by it: "تمكنوا من استيعاب الهجوم وقتلوا 15 من المهاجمين", "امتصاص الهجوم", a fight the
 * defenders held).
 */
export const FOUGHT_OFF = new RegExp(
  `(?<!${L})(?:repelled|repulsed|fought off|beat back|thwarted|foiled)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:attack|assault|offensive|raid|ambush|infiltration)(?!${L})|(?<!${L})[وف]?(?:${anyOf(['تصدت', 'تصدى', 'تصدوا', 'صدت', 'صد', 'صدوا', 'أحبطت', 'أحبط', 'أحبطوا', 'استيعاب', 'امتصاص'])})\\s+(?:${L}+\\s+){0,10}?(?:${anyOf(['لهجوم', 'للهجوم', 'هجوم', 'هجوما', 'هجوماً', 'الهجوم', 'لمحاولة', 'محاولة'])})(?!${L})`,
  'u',
);

/**
 * The clause that opened the event told it as a fight — clashes, or an attack its target fought off
 * ("had repelled an assault…, in fighting that lasted till dawn", "أحبطت هجوماً"), fighting named or
 * not — not as one side's blow at the other.
 */
export function toldAsFight(event: Building): boolean {
  const opened = matchView(event.source).text;
  // (an attack word beside a fight told between two sides, each on its own side, tells the fight
  // again: "اشتباكات بين الفصائل من طرف، وقوات النظام من طرف آخر، في هجوم هو الأعنف", both-sides.ts)
  return (
    (FIGHT.test(opened) && (!ATTACK.test(opened) || toldBetweenTwoSides(opened))) ||
    FOUGHT_OFF.test(opened) ||
    // ("هجوماً على قريتين، تصدى له مقاتلو المجلس": the repelling told after the attack, attack-then-repelled.ts)
    attackThenRepelled(opened)
  );
}

/**
 * "في الاشتباكات ذاتها", "خلال المعارك نفسها", "in the same clashes": the clause's dead fell in the
 * fight just told, whatever words name their side (a side the actor tables do not know, "٤ مقاتلين من
 * الكتائب", is still a side of it).
 */
export const SAME_FIGHT = new RegExp(
  `(?<!${L})(?:in|during) the same ${FIGHT_NOUNS_EN}(?!${L})|(?<!${L})(?:${anyOf(['في', 'خلال'])})\\s+(?:${anyOf(FIGHT_NOUNS_DEFINITE_AR)})\\s+(?:${anyOf(['ذاتها', 'نفسها', 'ذاته', 'نفسه'])})(?!${L})`,
  'u',
);

/**
 * "rebels overran a checkpoint", "captured the army post", "سيطر المقاتلون فجر اليوم على حاجز",
 * "استعاد التنظيم السيطرة على بلدة" (the doer and the day between verb and object): an assault told as
 * taking the post or town it struck — ground that changed hands, fought over by both sides, not a
 * blow its defenders only suffered.
 */
const GROUND_TAKEN = new RegExp(
  `(?<!${L})(?:overran|overrun|captured|seized|retook|recaptured)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:post|outpost|checkpoints?|position|positions|base|barracks|town|village)(?!${L})|(?<!${L})(?:${anyOf(['سيطر', 'سيطرت', 'سيطروا', 'استولى', 'استولت', 'استولوا', 'استعاد', 'استعادت', 'استعادوا'])})\\s+(?:[^\\s،,.]+\\s+){0,6}?(?:${anyOf(['على'])})\\s+(?:${anyOf(['حاجز', 'نقطة', 'موقع', 'مواقع', 'مقر', 'ثكنة', 'مخفر', 'نقاط', 'حواجز', 'بلدة', 'قرية'])})(?!${L})`,
  'u',
);

/** The clause that opened the event told ground taken (GROUND_TAKEN): a fight, whatever attack it names. */
const toldAsGroundTaken = (event: Building): boolean => GROUND_TAKEN.test(matchView(event.source).text);

/**
 * "مقتل سبعة من عناصر التنظيم في اشتباكات مع قسد، فيما قتل عنصران من قسد في الاشتباكات ذاتها";
 * "11 of the attacking fighters were killed, while four SDF fighters were killed", after a fight
 * told: a clause of the sentence that counted the event's dead, set against it by "while", counting
 * the dead of a side (a force, or any side told dead "in the same clashes") that was not among those
 * counted, with no blow, place or day of its own, and its wounded if it tells them. In a fight
 * neither side's dead are victims set apart from attackers: its toll counts both sides (fight-toll.ts reads the same in one clause: "Fighting killed 19 soldiers and 23
 * jihadists"). An attack told as such ("ISIS fighters attacked an army post…, three soldiers were
 * killed, while nine of the attackers died") keeps its attackers apart (doers-dead.ts).
 */
function otherSideOfFight(event: Building, facts: ClauseFacts, sentenceIndex: number): boolean {
  const { killed, attackersKilled } = facts.casualties;
  // (where the only dead told yet are the attackers of an attack fought off, "قضت على 40 إرهابياً،
  // فيما ارتقى خمسة من عناصر الجيش", dead counted as no attackers are of the other side already;
  // so are dead told after militants the fight killed, "clashed with IS, killing two militants, while
  // a soldier was killed", whichever sides the clause that opened it named)
  const otherSide =
    event.killed === null ||
    event.deadAreAttackers ||
    event.armedDead ||
    facts.targets.every((side) => !event.targets.includes(side));
  return (
    (event.killed === null) !== (event.attackersKilled === null) &&
    // (not the defenders' dead after the attackers of an attack on a post: post-attack-apart.ts)
    !(event.killed === null && postAttackersApart(matchView(event.source).text)) &&
    killed !== null &&
    attackersKilled === null &&
    event.sentences.includes(sentenceIndex) &&
    // (or joined by "و" to their martyrdom, a side's word for its own dead: martyred-joined.ts)
    (WHILE.test(facts.matchText) || martyredJoined(facts.matchText)) &&
    (facts.targets.length > 0 ||
      SAME_FIGHT.test(facts.matchText) ||
      FORCE_MEMBERS.test(facts.matchText) ||
      // ("فيما استشهد ثلاثة من مقاتلي الوحدات": a group's fighters, fighters-of-side.ts)
      FIGHTERS_OF_SIDE.test(facts.matchText) ||
      // ("فيما فقدت الفصائل ثمانية من مقاتليها": a side counting its own fighters lost)
      OWN_DEAD.test(facts.matchText) ||
      // ("فيما ارتقى أربعة من الثوار خلال المعارك": side-in-the-fight.ts)
      sideInTheFight(facts.matchText)) &&
    otherSide &&
    // (a day told after the teller goes on, "، مشيراً إلى أن الطائرات شنت مئة غارة خلال يومين", is
    // not the dead's: teller-goes-on.ts)
    (!facts.eventDate || facts.eventDate.start >= goesOnAt(facts.matchText)) &&
    // (the province of the teller, "a Diyala provincial security source said", is the fight's own;
    // a fight of the same sentence not placed yet, "صد محاولة لاقتحام المدينة", takes the clause's)
    (!facts.place?.governorate ||
      sameGovernorate(event.place, facts.place) ||
      (!event.place?.governorate && event.sentences.includes(sentenceIndex))) &&
    // (armour the fight destroyed, "وتدمير دبابة", is no blow of its own: spoils-of-fight.ts)
    // (nor are the blows told after the teller goes on)
    !namesBlowOfItsOwn(withoutSpoilsOfFight(facts.matchText.slice(0, goesOnAt(facts.matchText)))) &&
    // (or an operation against an armed group, the clause's dead martyred: operation-fought.ts)
    // (or a span's tally of the enemy dead, the clause's dead martyred: span-tally-sides.ts)
    (toldAsFight(event) ||
      operationFought(event, facts.matchText) ||
      // (or dead told fallen "خلال الاشتباكات" after such an operation: operation-clashed.ts)
      operationClashed(event, facts.matchText) ||
      spanTallyOtherSide(event, facts.matchText) ||
      // (or dead told fallen "خلال التصدي للهجوم", the defenders': fell-repelling.ts)
      fellRepelling(event, facts.matchText) ||
      // (or dead told martyred "خلال المعارك" after armed men the fight killed: martyred-in-fight.ts)
      martyredAfterArmedDead(event, facts.matchText))
  );
}

/**
 * The dead a clause counts are the toll of the fight told too: the other side's (otherSideOfFight),
 * or, where the event was told as a fight between sides, those of a side that was among its doers
 * ("تجددت الاشتباكات بين الهيئة من جهة، والجبهة من جهة أخرى", then "وأسفرت عن مقتل سبعة من الهيئة
 * وخمسة من الجبهة"): in a fight no side is the doer of a blow whose own dead are attackers set
 * apart from its victims, as deadOfTheDoers reads an attack told as such.
 */
export function deadOfSideOfFight(event: Building, facts: ClauseFacts, sentenceIndex: number): boolean {
  // (dead counted of both sides are a whole toll, no one side's share: both-sides-counted.ts)
  if (countsBothSides(facts.matchText)) return false;
  return (
    otherSideOfFight(event, facts, sentenceIndex) ||
    // (or an assault that took the post it struck, "rebels overran a checkpoint…, killing 12
    // soldiers. Five rebels were also killed in the assault")
    ((toldAsFight(event) || toldAsGroundTaken(event)) && deadOfTheDoers(event, facts, sentenceIndex))
  );
}

/**
 * The event a clause's dead are the other side's dead of (deadOfSideOfFight): the last event told,
 * or else the event an earlier clause of the same sentence went to — the one a source's account
 * retold ("وقال المصدر إن الاشتباكات أسفرت عن مقتل أربعة جنود، فيما قتل تسعة من عناصر التنظيم"),
 * though another event was told since.
 */
export function foughtIn(
  built: readonly Building[],
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): Building | undefined {
  const ofSentence = built.findLast((event) => event.sentences.includes(sentenceIndex));
  return [last, ofSentence].find((event) => event && deadOfSideOfFight(event, facts, sentenceIndex));
}

/**
 * "استشهاد اثنين من مقاتليها", "two of its fighters were killed", "its own troops": a side counting
 * its own dead (tellers-count.ts reads them as no other count of a toll that counts both sides).
 */
export const OWN_SIDE = new RegExp(
  `(?<!${L})(?:${anyOf(['مقاتليها', 'مقاتليه', 'عناصرها', 'عناصره', 'أفرادها', 'أفراده', 'مقاتلينا', 'عناصرنا', 'صفوفها', 'صفوفه', 'صفوفنا'])})(?!${L})|(?<!${L})(?:its|their|our) (?:own )?(?:fighters|members|troops|soldiers|men|personnel|ranks)(?!${L})`,
  'u',
);

/**
 * "five of its own fighters", "11 of its fighters", "أربعة من مقاتلينا", "two CTS members … as it
 * acknowledged losses", "اعترف بمقتل": a side's own dead counted (not "its fighters killed 30": the
 * side as the killer).
 */
const OWN_DEAD = new RegExp(
  `(?<!${L})${OF_OWN_MEN_EN}(?!${L})|(?<!${L})${normalizeForMatch('من')}\\s+(?:${anyOf(['مقاتليها', 'مقاتليه', 'عناصرها', 'عناصره', 'أفرادها', 'أفراده', 'مقاتلينا', 'عناصرنا', 'صفوفها', 'صفوفه', 'صفوفنا'])})(?!${L})|(?<!${L})(?:suffered|acknowledged|admitted|conceded|sustained)\\s+(?:[\\p{L}-]+\\s+){0,3}?losses(?!${L})|(?<!${L})(?:${anyOf(['اعترف', 'اعترفت', 'أقر', 'أقرت'])})\\s+(?:${anyOf(['بخسائر', 'بمقتل', 'بسقوط'])})(?!${L})`,
  'u',
);

/**
 * "Four soldiers were killed in the fighting", "two policemen died in the clashes" (their wounded told
 * between: "three soldiers were killed and seven wounded in the fighting"): dead told of the
 * fight just told (the definite article points back at it), counted apart from the enemy dead it
 * was told with — the other side's, as a side's own dead are (OWN_DEAD), unless armed men are
 * counted with them (ARMED_COUNTED).
 */
const KILLED_IN_THE_FIGHT = new RegExp(
  String.raw`(?<![\p{L}])(?:killed|died|lost)(?:\s+and\s+(?:[\p{L}\d-]+\s+){1,2}?(?:wounded|injured))?\s+(?:[\p{L}-]+\s+){0,2}?(?:in|during)\s+the\s+${FIGHT_NOUNS_EN}(?![\p{L}])`,
  'u',
);

/**
 * "21 IS fighters and nine soldiers were killed in the fighting": armed men counted before the killing too,
 * the whole toll of the fight told again (another teller's account), not one side's dead.
 */
export const ARMED_COUNTED =
  /(?<![\p{L}])(?:fighters|militants|insurgents|jihadists|terrorists|gunmen|attackers|rebels)\s+and\s|\sand\s+(?:[\p{L}\d-]+\s+){1,3}?(?:fighters|militants|insurgents|jihadists|terrorists|gunmen|attackers|rebels)(?![\p{L}])/u;

/**
 * The clause tells dead killed in the fight told, no armed men counted before them (searched only
 * where OWN_DEAD fails: most clauses it passes stop there).
 */
function killedInTheFightAlone(matchText: string): boolean {
  const inTheFight = matchText.search(KILLED_IN_THE_FIGHT);
  return inTheFight >= 0 && !ARMED_COUNTED.test(matchText.slice(0, inTheFight));
}

/**
 * "ثلاثة من حراس المصفى استشهدوا", "استشهاد اثنين من عناصر الشرطة" (matching form): men of a force,
 * counted by the partitive, told martyred — what a side calls its own dead, never the enemy it
 * fought (not civilians martyred by a blow told beside the fight).
 */
const MARTYRED = new RegExp(
  `(?<!${L})(?:${anyOf(['استشهد', 'استشهدوا', 'استشهدا', 'استشهدت', 'واستشهد', 'استشهاد', 'واستشهاد', 'ارتقى', 'وارتقى', 'ارتقت', 'وارتقت'])})(?!${L})`,
  'u',
);
const OF_FORCE = new RegExp(
  `(?<!${L})${anyOf(['من'])}\\s+(?:${anyOf(['حراس', 'عناصر', 'مقاتلي', 'منتسبي', 'أفراد', 'جنود', 'حرس', 'أبناء'])})(?!${L})`,
  'u',
);

/**
 * The event's dead are the enemy of the side that counts them: militants or attackers killed, or a
 * side told as the doer in its own words ("its fighters had repelled the attacks, killing 27").
 */
const deadOfTheEnemy = (event: Building): boolean =>
  event.deadAreAttackers || event.armedDead || OWN_SIDE.test(matchView(event.source).text);

/**
 * "It acknowledged that five of its own fighters had been killed", "the alliance lost 11 of its
 * fighters in the battle", "saying it had suffered losses: two of its members killed in the
 * fighting", after a side's count of the enemy it killed: the side's own dead of the same fight, its
 * toll too (summed, as otherSideOfFight sums the dead told by "while"), not a second event. The
 * fight is the last event told within a few sentences whose dead were the enemy's — the last told
 * as a fight or an attack, where the clause names one ("in the fighting", "خلال صد الهجوم") —, with
 * no blow, no later day and no other governorate of the clause's own, and not the same count told
 * again.
 */
export function fightOfOwnLosses(
  built: readonly Building[],
  facts: ClauseFacts,
  sentenceIndex: number,
): Building | undefined {
  const { killed, attackersKilled } = facts.casualties;
  if (killed === null || attackersKilled !== null) return undefined;
  if (facts.separate || facts.another || facts.aggregate || facts.claims || facts.denied) return undefined;
  // (so are dead told martyred after an attack fought off: "صدت هجوماً …، مؤكداً مقتل 40 من
  // المهاجمين", then "ثلاثة من حراس المصفى استشهدوا" — the defenders' own)
  const toldOwn = OWN_DEAD.test(facts.matchText) || killedInTheFightAlone(facts.matchText);
  // ("فقدت خلال العملية أربعة من منتسبيها": only after an operation of armed dead, operation-own-losses.ts)
  const lostMembers = !toldOwn && membersLost(facts.matchText);
  const ownDead = toldOwn || lostMembers;
  const martyred = !ownDead && MARTYRED.test(facts.matchText) && OF_FORCE.test(facts.matchText);
  // (so are a force's men told killed in the very next sentence, with no day or place of their own:
  // "One soldier was killed and two were wounded", after the sweep that killed nine militants —
  // force-dead-next.ts; the fight looked for below must be the one told in the sentence before)
  const forceNext =
    !ownDead &&
    !martyred &&
    !facts.eventDate &&
    !facts.place &&
    !namesBlowOfItsOwn(facts.matchText) &&
    forceDeadOpens(facts.matchText);
  if (!ownDead && !martyred && !forceNext) return undefined;
  // (an attack told fought off names the fight too: "صدت هجوماً واسعاً")
  const foughtIn = (text: string): boolean => FIGHT.test(text) || ATTACK.test(text) || FOUGHT_OFF.test(text);
  const namesFight = foughtIn(facts.matchText);
  // (a side's push told is a fight too, "its fighters killed 54 militants as they pushed into the
  // town": push-told.ts — the fight looked for only, the clause still naming its own)
  // (so is an operation a side launched or a sweep it made, "launched an operation to clear the
  // villages, killing nine militants": operation-launched.ts)
  // (so is a place a side took, "took full control of the district, killing 23 militants": place-taken-en.ts)
  const foughtBefore = (text: string): boolean =>
    foughtIn(text) || pushTold(text) || operationLaunched(text) || placeTakenEn(text);
  // (the blows a fight was told with, "the battle, backed by air strikes", are the fight's own)
  if (!namesFight && namesBlowOfItsOwn(facts.matchText)) return undefined;
  const fight = built.findLast(
    (told) =>
      withinGap(told, sentenceIndex) &&
      // (or an operation whose only dead told are the militants it killed, kept apart as attackers,
      // its own losses told "خلال العملية": operation-own-losses.ts)
      ((told.killed !== null && !lostMembers) ||
        (ownDead && operationOfArmedDeadOnly(told, facts.matchText))) &&
      (!namesFight || foughtBefore(matchView(told.source).text)),
  );
  // (or a side the fight's dead were told fighting counts its own: "killed in clashes with the Hashd",
  // then "a Hashd spokesman said four of its fighters had been killed", foe-counts-own.ts)
  if (
    !fight ||
    !(deadOfTheEnemy(fight) || (toldOwn && foeCountsOwn(fight.source, facts.matchText))) ||
    sameCount(fight.killed ?? fight.attackersKilled!, killed)
  )
    return undefined;
  if (
    forceNext &&
    (!fight.sentences.includes(sentenceIndex - 1) ||
      fight.sentences.includes(sentenceIndex) ||
      !foughtBefore(matchView(fight.source).text))
  )
    return undefined;
  // (the martyred alone tell the defenders' own dead only after an attack fought off whose dead
  // told so far are all the enemy's, none set apart from others)
  // (or martyred in the fight named back, "وارتقى خلال الاشتباكات ثلاثة من عناصر الجيش", after a fight
  // told as such whose dead were all armed men: martyred-in-fight.ts)
  if (
    martyred &&
    (fight.attackersKilled !== null || !FOUGHT_OFF.test(matchView(fight.source).text)) &&
    !(
      fight.attackersKilled === null &&
      martyredInTheFight(facts.matchText) &&
      FIGHT.test(matchView(fight.source).text)
    )
  )
    return undefined;
  // (a strike from afar by a side not told in its own words is no fight of the counting side: its
  // own dead told after it, "ثلاثة من مقاتليها استشهدوا في الغارة", are the strike's victims in
  // their side's count)
  if (fromAfar(fight.event) && !OWN_SIDE.test(matchView(fight.source).text)) return undefined;
  if (facts.place?.governorate && !sameGovernorate(fight.place, facts.place)) return undefined;
  // (a day the fight began on, "the battle, which started on Thursday night", is no later one)
  if (facts.eventDate && fight.date && facts.eventDate.date.from > fight.date.to) return undefined;
  return fight;
}
