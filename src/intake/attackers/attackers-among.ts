// Attackers counted inside a toll: "killing 12 people, including the two attackers".
import { L, anyOf as f } from '../reading/word-pattern.js';

/** The small counts copy gives its attackers in words: "the two bombers", "both attackers". */
export const ATTACKER_COUNT_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  both: 2,
  three: 3,
  four: 4,
  five: 5,
};

/**
 * "killing 12 people, including the two attackers", "among them three suicide bombers", "مقتل 12
 * شخصاً بينهم الانتحاريان", "بمن فيهم المهاجمان", "تسعة قتلى بينهم منفذ الهجوم", "including the
 * bomber", "killing five people including himself": how many of the dead were the attackers, or null. "منفذ"/"منفذا" (the one / two who
 * carried it out) is the attacker whatever deed follows.
 * Arabic tells two of them by the dual alone; a plural without a number says not how many.
 */
const AMONG_ATTACKERS = new RegExp(
  `(?<!${L})(?:including|among them|among whom)\\s+(?:the\\s+)?(?<n>\\d+|two|both|three|four|five)\\s+(?:of\\s+the\\s+)?(?:suicide\\s+)?(?:attackers|bombers|assailants|militants|gunmen)(?!${L})|(?<!${L})(?:including|among them|among whom)\\s+the\\s+(?<one>(?:suicide\\s+)?(?:attacker|bomber|assailant|gunman))(?!${L})|(?<!${L})including\\s+(?<self>himself)(?!${L})|(?<!${L})(?:${f(['بينهم', 'من بينهم', 'بمن فيهم'])})\\s+(?:(?<dual>${f(['الانتحاريان', 'المهاجمان', 'المسلحان', 'منفذا', 'الانتحاريين الاثنين', 'المهاجمين الاثنين'])})|(?<single>${f(['الانتحاري', 'المهاجم', 'المسلح', 'منفذ'])}))(?!${L})`,
  'u',
);

/** How many attackers the clause (in matching form) counts among its dead, if it does. */
export function attackersAmongDead(matchText: string): number | null {
  const g = AMONG_ATTACKERS.exec(matchText)?.groups;
  if (!g) return null;
  if (g.dual) return 2;
  // "بينهم الانتحاري", "بينهم منفذ الهجوم", "including the bomber": the one who carried it out
  // "killing five people including himself": the toll's subject, the bomber, is one of its dead
  if (g.one || g.single || g.self) return 1;
  const n = g.n ?? '';
  return ATTACKER_COUNT_WORDS[n] ?? Number(n);
}
