// "Seven soldiers and 24 militants were killed on Tuesday when troops launched an offensive on the
// farmland": the dead told killed as a force opened an offensive or an assault fell on both its sides
// in the fighting it began — the offensive's toll, not victims with their attackers kept apart.

/** An offensive or an assault opened: "launched an offensive", "began a new assault", "mounted a counter-offensive". */
const OFFENSIVE_OPENED = String.raw`(?:launched|began|started|mounted|opened)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(?:offensive|counteroffensive|counter-offensive|assault)(?![\p{L}])`;

/**
 * The passive of killing, then a few words on ("on Tuesday"), the offensive it fell in, told by
 * "when"/"as" and a subject (matching form): "were killed on Tuesday when Iraqi troops backed by
 * tribesmen launched an offensive". No comma or semicolon between.
 */
const KILLED_WHEN_OFFENSIVE = new RegExp(
  String.raw`(?<![\p{L}])(?:were|have been|had been)\s+killed\s+(?:[^,;]{0,30}?\s)?(?:when|as)\s+[^,;]{1,80}?\s${OFFENSIVE_OPENED}`,
  'u',
);

/** Whether the clause (matching form) tells its dead killed as a force opened an offensive or an assault. */
export const killedInOffensive = (clause: string): boolean => KILLED_WHEN_OFFENSIVE.test(clause);
