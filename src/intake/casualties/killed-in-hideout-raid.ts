// "Four tribesmen and seven militants were killed when tribal fighters raided an al-Qaeda hideout":
// dead told killed as a force raided the militants' own hiding place fell on both sides of the fight
// the raid began — the raid's toll, as an offensive's is (killed-in-offensive.ts), not victims with
// their attackers kept apart. Only a hideout: militants who raid a checkpoint are attackers of a post.

/** A raid on a hiding place: "raided an al-Qaeda hideout", "stormed a militant safe house". */
const HIDEOUT_RAIDED = String.raw`(?:raided|stormed|attacked)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(?:hideouts?|safe\s?houses?|safehouses?|hiding\s+places?|dens?|lairs?)(?![\p{L}])`;

/** The passive of killing, then a few words on, and the raid it fell in, told by "when"/"as" and a subject. */
const KILLED_WHEN_RAID = new RegExp(
  String.raw`(?<![\p{L}])(?:were|have been|had been)\s+killed\s+(?:[^,;]{0,30}?\s)?(?:when|as)\s+[^,;]{1,80}?\s${HIDEOUT_RAIDED}`,
  'u',
);

/** Whether the clause (matching form) tells its dead killed as a force raided a hideout. */
export const killedInHideoutRaid = (clause: string): boolean => KILLED_WHEN_RAID.test(clause);
