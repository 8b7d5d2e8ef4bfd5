// "Fighting around the village killed 19 regime fighters and 23 jihadists", "five soldiers and seven
// insurgents were killed in clashes": the dead of both sides of a fight, its toll.
import {
  countItem,
  countJoined,
  countsAttackers,
  pastQualifiers,
  type CountPhrase,
} from './casualty-phrase.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import type { Language } from '../../content/schema.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';
import { FIGHT_NOUNS_EN } from '../attackers/fight-nouns.js';
import { fightSaidKilled } from './fight-said-killed.js';
import { otherSidePastAllies } from './side-past-allies.js';

/**
 * Where or when, told first and set off by a comma ("In the Ma'dan desert, ", "On Monday, ",
 * "Near the town on Sunday, "): the fight after it still opens the clause as its subject.
 */
const LEAD = String.raw`(?:(?:in|on|near|at|around|outside|across|along|during|overnight|late|early|meanwhile|elsewhere)(?![\p{L}])[^,;]{0,60},\s*)?`;

/**
 * The place a roundup item is headed by, "Deir ez-Zor: ", told before the clause: the fight after it
 * still opens the clause.
 */
const ITEM_HEAD = String.raw`(?:\p{L}[\p{L}' -]{0,30}:\s+)?`;

/**
 * Where the fight was, set off by commas inside the subject: "Clashes between police and gunmen in
 * the town, near Suwayra, killed", "…, 40 km (25 miles) south of Baghdad, killed" — an aside, not
 * another clause.
 */
const PLACE_ASIDE = String.raw`,\s*(?:near|outside|north|south|east|west|northeast|northwest|southeast|southwest|\d+\s*(?:km|kilometres|kilometers|miles))(?![\p{L}])[^,;]{0,60},\s*`;

/**
 * "clashes", "a clash", "the fighting", "heavy battles", "street fighting": the fight named as a
 * subject, one word before it at most (the dateline word of a roundup item, "zubaidiya clashes", its
 * dash lost in matching form).
 */
const FIGHT_SUBJECT = String.raw`(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+)?${FIGHT_NOUNS_EN}`;

/**
 * The fight as the subject of the killing, told before its cue (matching form): "Fighting since
 * Saturday night around X killed", "Clashes in the town killed", "Clashes between police and gunmen
 * in the town, near X, killed", the dead told after the comma of the clause it opened ("Clashes …
 * spread to the town centre on Tuesday, killing"), the fight opening a clause after the comma,
 * "…, where street fighting killed", or the fight a relative clause
 * hangs on, "…, in fighting that the Observatory said killed" (the teller between them says, and
 * so names no other killer), or a gunbattle or firefight a relative clause hangs on, "sparking a
 * gunbattle that killed five insurgents and one soldier" (the exchange of fire is the killer, whoever
 * began it). (Arabic copy joins no attackers to the victims' count this way:
 * "مقتل 12 جندياً و9 إرهابيين" reads the first count alone.)
 */
const FIGHT_KILLED = new RegExp(
  String.raw`(?:${CLAUSE_HEAD}${ITEM_HEAD}${LEAD}${FIGHT_SUBJECT}\s(?:[^,;]|${PLACE_ASIDE})*(?:,\s*)?|(?<![\p{L}])${FIGHT_NOUNS_EN}\s+(?:that|which)\s+(?:[^,;]{0,60}?\s)?|,\s*(?:where|as|and)\s+${FIGHT_SUBJECT}\s+)$`,
  'u',
);

/**
 * The fight told first, then the dead in a relative clause on the place it was fought in, the place
 * maybe in apposition: "The fiercest fighting was in the town, a stronghold of the tribe, where six
 * soldiers and nine gunmen were killed" (matching form) — the dead of the fight there. No bomb or
 * suicide attacker told between them: "where a suicide bomber and two guards were killed" is a blow.
 */
const FOUGHT_WHERE = String.raw`(?<![\p{L}])${FIGHT_NOUNS_EN}\s(?:(?!bomb|suicide|explosi)[^;.]){0,160}?,\s*where\s(?:(?!bomb|suicide|explosi)[^,;]){0,80}?(?:were|have been|had been)\s+killed(?![\p{L}])`;

/**
 * The dead told as the subject of a passive placed in a fight: "were killed in fighting that lasted
 * till dawn", "had been killed in heavy clashes", "were killed in fierce overnight clashes" (two
 * words may tell how hard and when), "were killed in a clash near the border" (one clash, one
 * fight), "were killed in an overnight gunfight" (an exchange
 * of fire is a fight, whoever fired first), or the fight a relative clause hangs on, "clashes
 * between insurgents and troops in the plain in which five soldiers and seven insurgents were
 * killed" (matching form).
 */
const KILLED_IN_FIGHT = new RegExp(
  String.raw`(?<![\p{L}])(?:were|have been|had been)\s+killed\s+(?:[\p{L}-]+\s+){0,2}?in\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}${FIGHT_NOUNS_EN}(?![\p{L}])|(?<![\p{L}])${FIGHT_NOUNS_EN}\s[^,;]{0,120}?(?:in|during)\s+which\s[^,;]{0,80}?(?:were|have been|had been)\s+killed(?![\p{L}])|${FOUGHT_WHERE}`,
  'u',
);

/**
 * The fight as the subject of a result told after it (matching form): "Clashes broke out on Monday
 * between soldiers and tribal gunmen in the town, leaving two soldiers and two gunmen dead", "heavy
 * fighting in the district left five fighters and three militants dead" — the clause opens on the
 * fight, which "leaves" the dead that follow (the fight told before its cue, as FIGHT_KILLED).
 */
const FIGHT_LEFT = new RegExp(
  String.raw`${CLAUSE_HEAD}${ITEM_HEAD}${LEAD}${FIGHT_SUBJECT}\s[^;]*?(?<![\p{L}])(?:leaving|left)\s[^,;]*$`,
  'u',
);

/**
 * The sides told fighting by the clause's verb, the dead its result after a comma (matching form):
 * "gunmen clashed with tribal fighters near the town late on Wednesday, leaving two tribal fighters
 * and five gunmen dead", "troops battled militants overnight, killing three soldiers and 12
 * militants" (the cue "killing" right after the comma) — the dead of both sides of the fight the
 * verb told.
 */
const CLASHED_LEAVING = new RegExp(
  String.raw`(?<![\p{L}])(?:clashed|battled|exchanged\s+fire)\s[^;]*?,\s*(?:(?:leaving|left)\s[^,;]*)?$`,
  'u',
);

/**
 * The sides told fighting by the Arabic clause's verb, the dead its result (matching form):
 * "اشتبكت قوة من الشرطة مع مسلحين في قرية …، ما أسفر عن مقتل شرطي و3 من المسلحين", "اشتبك
 * الجيش مع عناصر التنظيم، مما أدى إلى مقتل" — the dead of both sides of the fight the verb told,
 * as CLASHED_LEAVING reads English copy; not where an attack is told before the dead ("هاجم
 * مسلحون حاجزاً واشتبكوا مع عناصره، ما أسفر عن مقتل": the attackers are set apart).
 */
const CLASHED_RESULTED_AR = new RegExp(
  `${CLAUSE_HEAD}[وف]?(?:${anyOf(['اشتبكت', 'اشتبك', 'اشتبكوا'])})(?!${L})(?:(?!${anyOf(['هجوم', 'هجوما', 'هاجم', 'هاجمت', 'هاجموا', 'الهجوم'])}(?!${L}))[^.])*?(?<!${L})(?:${anyOf(['أسفر', 'أسفرت', 'أدى', 'أدت'])})\\s+(?:${anyOf(['عن', 'إلى'])})\\s*$`,
  'u',
);

/**
 * An attack told as such: "attacked", "an attack on the post" — not the "attackers" a fight's toll
 * names one side by ("The clashes left four guards and six of the attackers dead": both sides fell in
 * the fight the clause opens on).
 */
const ATTACK = /(?<![\p{L}])attack(?!ers?(?![\p{L}]))/u;

/**
 * The fight told as what the attack set off, the killer a relative clause hangs on: "attacked army
 * positions, sparking heavy clashes that killed", "launched an attack, triggering clashes that left"
 * (matching form) — both sides fell in the fight, not the attackers in their own blow.
 */
const SPARKED_FIGHT = new RegExp(
  String.raw`(?<![\p{L}])(?:sparking|triggering|prompting|igniting|provoking)\s+(?:[\p{L}-]+\s+){0,2}?${FIGHT_NOUNS_EN}\s+(?:that|which)\s+(?:[^,;]{0,60}?\s)?$`,
  'u',
);

/**
 * Whether a fight is what killed the dead counted at `cueAt` in the clause (matching form): the
 * fight as the subject of the killing, or the place the passive's dead were killed in. Then the
 * armed men of one side counted beside the other side's dead are no attackers set apart from
 * victims, but dead of the same fight as they — its toll is both sides' ("killed 19 regime
 * fighters and 23 jihadists": 42). An attack told as such, before the cue where the fight is the
 * subject, anywhere in the clause where the dead were killed in it ("fighting after the attack
 * killed three soldiers and two militants", "two soldiers and five militants were killed in clashes
 * after gunmen attacked a checkpoint"), keeps its attackers apart.
 */
export function deadOfAFight(clause: string, cueAt: number): boolean {
  const before = clause.slice(0, cueAt);
  return (
    // ("said the fighting, which began Thursday, killed": fight-said-killed.ts)
    ((FIGHT_KILLED.test(before) ||
      fightSaidKilled(before) ||
      FIGHT_LEFT.test(before) ||
      CLASHED_LEAVING.test(before)) &&
      !ATTACK.test(before)) ||
    CLASHED_RESULTED_AR.test(before) ||
    SPARKED_FIGHT.test(before) ||
    (KILLED_IN_FIGHT.test(clause) && !ATTACK.test(clause))
  );
}

/**
 * Whether the clause tells its dead killed in a fight (KILLED_IN_FIGHT, matching form): "were killed
 * in the fighting near the prison", "had been killed in clashes", no attack told in it.
 */
export function toldKilledInFight(clause: string): boolean {
  return KILLED_IN_FIGHT.test(clause) && !ATTACK.test(clause);
}

/**
 * The other side's dead told by a verb of their own after the first side's, in the fight the clause
 * places them in (matching form): "three soldiers were killed and five wounded, and about 20 militants
 * died in the fighting", "…, while 12 insurgents were killed in the clashes" — both sides of one
 * fight, not attackers kept apart from victims. No attack told in the clause (ATTACK).
 */
const OTHER_SIDE_DIED_IN_FIGHT = new RegExp(
  String.raw`(?<![\p{L}])(?:were|have been|had been)\s+killed(?![\p{L}])[^;]*?,\s*(?:and|while)\s+[^,;]{1,60}?\s(?:died|were\s+killed)\s+in\s+(?:the\s+)?(?:[\p{L}-]+\s+)?${FIGHT_NOUNS_EN}(?![\p{L}])`,
  'u',
);

/** Whether the clause tells each side's dead by a verb of its own, in one fight (OTHER_SIDE_DIED_IN_FIGHT). */
export function otherSideDiedInFight(clause: string): boolean {
  return OTHER_SIDE_DIED_IN_FIGHT.test(clause) && !ATTACK.test(clause);
}

/**
 * "Fighting killed 17 soldiers, among them an officer of the guard, and 12 rebels": the other side's
 * dead joined after an aside on those counted first (`counted`), dead of the same fight
 * (deadOfAFight) — as "and" without the aside would join them; null where no fight killed them.
 */
export function deadAfterAside(
  clause: string,
  cueAt: number,
  tokens: readonly Token[],
  numbers: Numbers,
  counted: CountPhrase,
  lang: Language,
): CountPhrase | null {
  if (lang !== 'en' || !deadOfAFight(clause, cueAt)) return null;
  // ("killed 19 soldiers and allied militiamen and 26 rebels": past the allies' name, side-past-allies.ts)
  // (or the other side joined by "as well as", "killed 14 Kurdish fighters, as well as 25 militants")
  return (
    countAfterAside(clause, tokens, numbers, counted, lang) ??
    otherSidePastAllies(tokens, numbers, counted) ??
    countAsWellAs(tokens, numbers, counted, lang)
  );
}

/**
 * A side telling the enemies it killed in a fight, then its own dead after a comma (matching form):
 * "the forces said they killed nine jihadists in clashes on Tuesday, adding that three of their own
 * fighters were killed", "…, saying four of its own soldiers died" — "of its/their/our own" marks
 * the teller's own men, the other side of the same fight.
 */
const OWN_DEAD_TOLD = new RegExp(
  String.raw`(?<![\p{L}])${FIGHT_NOUNS_EN}(?![\p{L}])[^;]*?,\s*(?:adding|saying|admitting|acknowledging)\s+(?:that\s+)?[^,;]{1,30}?\sof\s+(?:its|their|our)\s+own\s`,
  'u',
);

/** Whether the clause tells a side's own dead after the enemies it killed in a fight (OWN_DEAD_TOLD). */
export function ownDeadOfFightTold(clause: string): boolean {
  return OWN_DEAD_TOLD.test(clause);
}

const OWN_VERB = /^(?:were|was|are|is|have|has|had|died|suffered|sustained)$/u;

/** How many words the armed men's name may run on before "as well as" ("from the Islamic State of Iraq and the Levant"). */
const NAME_REACH = 9;
/** Words that end the armed men's name: another clause, or those counted among them. */
const NAME_ENDS = new Set([
  'while',
  'when',
  'after',
  'but',
  'including',
  'among',
  'said',
  'says',
  'saying',
  'that',
]);

/**
 * An aside on some of those counted, set off by commas, then "and" the other side's dead (matching
 * form): "killed 17 soldiers, among them an officer of the guard, and 12 rebels", "…, including
 * a commander, and …" — the aside names some of the first count, not another clause.
 */
const COUNTED_ASIDE_AND = /^\s*,\s*(?:among\s+them|including)\s[^,;]{1,80},\s*and\s/u;

/** The other side's count after an aside on those counted (`counted`), or null. */
function countAfterAside(
  clause: string,
  tokens: readonly Token[],
  numbers: Numbers,
  counted: CountPhrase,
  lang: Language,
): CountPhrase | null {
  const end = tokens[counted.next - 1]?.end;
  const aside = end === undefined ? null : COUNTED_ASIDE_AND.exec(clause.slice(end));
  if (aside === null || end === undefined) return null;
  const at = tokens.findIndex((t) => t.start >= end + aside[0].length);
  const item = at < 0 ? null : countItem(tokens, numbers, at, lang, false);
  return item && { ...item, start: at };
}

/**
 * The count joined after `counted` by "and", or by "as well as" after their name ("killed 15
 * militants from the Islamic State, as well as two soldiers"), which joins the other side's dead as
 * "and" does; no number or break word between; or by "and" after an aside on them (COUNTED_ASIDE_AND).
 */
function joinedAfter(
  clause: string,
  tokens: readonly Token[],
  numbers: Numbers,
  counted: CountPhrase,
  lang: Language,
): CountPhrase | null {
  const joined = countJoined(tokens, numbers, counted, lang);
  if (joined !== null) return joined;
  const afterAside = countAfterAside(clause, tokens, numbers, counted, lang);
  if (afterAside !== null) return afterAside;
  return countAsWellAs(tokens, numbers, counted, lang);
}

/**
 * The count joined after `counted` by "as well as", past their name ("killed 15 militants from the
 * Islamic State, as well as two soldiers"; "14 fighters of the militia and nine members of another,
 * as well as 25 militants"), no number or break word between; else null.
 */
function countAsWellAs(
  tokens: readonly Token[],
  numbers: Numbers,
  counted: CountPhrase,
  lang: Language,
): CountPhrase | null {
  for (let at = counted.next; at <= counted.next + NAME_REACH && tokens[at + 2]; at++) {
    const word = tokens[at]!.word;
    if (word === 'as' && tokens[at + 1]!.word === 'well' && tokens[at + 2]!.word === 'as') {
      const start = pastQualifiers(tokens, at + 3);
      const item = countItem(tokens, numbers, start, lang, false);
      return item && { ...item, start };
    }
    if (NAME_ENDS.has(word) || numbers.has(tokens[at]!.start)) return null;
  }
  return null;
}

/**
 * "Clashes killed five insurgents and two soldiers", "a gunbattle that killed five insurgents and
 * one soldier", "killed 15 militants, as well as two soldiers and one tribal fighter": the counts of
 * the other side joined after the armed men a fight killed (at `armed`), their dead too, as one
 * count; null where the fight was an attack (deadOfAFight) or the ones joined are armed men as well.
 */
export function otherSideJoined(
  clause: string,
  cueAt: number,
  tokens: readonly Token[],
  numbers: Numbers,
  armed: CountPhrase,
  lang: Language,
): CountPhrase | null {
  if (lang !== 'en' || !deadOfAFight(clause, cueAt)) return null;
  const other = joinedAfter(clause, tokens, numbers, armed, lang);
  if (other === null || countsAttackers(tokens, other)) return null;
  // ("two soldiers and one tribal fighter": more of the other side joined after them)
  let joined: CountPhrase = other;
  for (
    let more: CountPhrase | null = countJoined(tokens, numbers, joined, lang);
    more !== null && !countsAttackers(tokens, more);
    more = countJoined(tokens, numbers, joined, lang)
  ) {
    const { low, high } = joined.value;
    joined = { ...more, value: { low: low + more.value.low, high: high + more.value.high } };
  }
  // ("killed 37 jihadists and three of our fighters were wounded": the count a verb of its own follows)
  const ownVerb = tokens.slice(joined.next, joined.next + 4).some((t) => OWN_VERB.test(t.word));
  return ownVerb ? null : joined;
}

/**
 * A side's own dead of a fight told, then the teller adding the enemy's bodies (matching form):
 * "Five soldiers were killed in the fighting, an officer said, adding that the bodies of 22
 * insurgents were left in the streets", "…, saying the bodies of at least 30 militants lay in the
 * town" — the other side's dead of the same fight, its toll too.
 */
const ENEMY_BODIES_ADDED = new RegExp(
  String.raw`(?<![\p{L}])${FIGHT_NOUNS_EN}(?![\p{L}])[^;]*?,\s*(?:adding|saying)\s+(?:that\s+)?(?:the\s+)?bodies\s+of\s+(?:the\s+)?(?:(?:at\s+least|more\s+than|about|around|nearly|some|over)\s+)?`,
  'u',
);

/** The enemy's bodies added after the dead of a fight (ENEMY_BODIES_ADDED): armed men counted, or null. */
export function enemyBodiesAdded(
  clause: string,
  tokens: readonly Token[],
  numbers: Numbers,
  lang: Language,
): CountPhrase | null {
  const added = lang === 'en' ? ENEMY_BODIES_ADDED.exec(clause) : null;
  if (added === null) return null;
  const at = tokens.findIndex((t) => t.start >= added.index + added[0].length);
  const bodies =
    at < 0 || !numbers.has(tokens[at]!.start) ? null : countItem(tokens, numbers, at, lang, false);
  return bodies && countsAttackers(tokens, { ...bodies, start: at }) ? { ...bodies, start: at } : null;
}
