// "Fighting around the village killed 19 regime fighters and 23 jihadists": the dead of both sides of a fight.

/**
 * A clause that opens with the fight as the subject of the killing: "Fighting since Saturday night
 * around X killed", "Clashes in the town killed" (matching form). (Arabic copy joins no attackers to
 * the victims' count this way: "مقتل 12 جندياً و9 إرهابيين" reads the first count alone.)
 */
const FIGHT_KILLED = /^\W*(?:the\s+)?(?:fighting|clashes|battles)\s[^,;]*$/u;
const ATTACK = /(?<![\p{L}])attack/u;

/**
 * Whether the words of a clause before its killing cue (`before`, matching form) make a fight its
 * subject: then the armed men of one side counted beside the other side's dead are no attackers set
 * apart from victims, but dead of the same fight as they — its toll is both sides' ("killed 19
 * regime fighters and 23 jihadists": 42). An attack told as such ("fighting after the attack killed
 * three soldiers and two militants") keeps its attackers apart.
 */
export function fightKillsBothSides(before: string): boolean {
  return FIGHT_KILLED.test(before) && !ATTACK.test(before);
}

/**
 * A passive killing placed in a fight: "were killed in fighting that lasted till dawn", "had been
 * killed in heavy clashes" (matching form).
 */
const KILLED_IN_FIGHT =
  /(?<![\p{L}])(?:were|have been|had been)\s+killed\s+(?:[\p{L}-]+\s+){0,2}?in\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:fighting|clashes|battles)(?![\p{L}])/u;

/**
 * The same decision as fightKillsBothSides, for a clause whose dead are told as the subject of a
 * passive killed in a fight ("16 soldiers and 12 insurgents were killed in fighting"): the armed men
 * of one side counted beside the other side's dead are dead of the same fight, its toll both sides'.
 * An attack named in the clause keeps its attackers apart.
 */
export function killedInFight(clause: string): boolean {
  return KILLED_IN_FIGHT.test(clause) && !ATTACK.test(clause);
}
