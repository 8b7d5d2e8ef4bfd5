// Attackers counted inside a toll: "killing 12 people, including the two attackers".
import { L, anyOf as f } from './word-pattern.js';

const SMALL: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4, five: 5 };

/**
 * "killing 12 people, including the two attackers", "among them three suicide bombers", "مقتل 12
 * شخصاً بينهم الانتحاريان", "بمن فيهم المهاجمان": how many of the dead were the attackers, or null.
 * Arabic tells two of them by the dual alone; a plural without a number says not how many.
 */
const AMONG_ATTACKERS = new RegExp(
  `(?<!${L})(?:including|among them|among whom)\\s+(?:the\\s+)?(?<n>\\d+|two|both|three|four|five)\\s+(?:of\\s+the\\s+)?(?:suicide\\s+)?(?:attackers|bombers|assailants|militants|gunmen)(?!${L})|(?<!${L})(?:${f(['بينهم', 'من بينهم', 'بمن فيهم'])})\\s+(?<dual>${f(['الانتحاريان', 'المهاجمان', 'المسلحان', 'منفذا الهجوم', 'الانتحاريين الاثنين', 'المهاجمين الاثنين'])})(?!${L})`,
  'u',
);

/** How many attackers the clause (in matching form) counts among its dead, if it does. */
export function attackersAmongDead(matchText: string): number | null {
  const g = AMONG_ATTACKERS.exec(matchText)?.groups;
  if (!g) return null;
  if (g.dual) return 2;
  const n = g.n ?? '';
  return SMALL[n] ?? Number(n);
}
