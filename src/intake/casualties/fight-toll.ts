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
