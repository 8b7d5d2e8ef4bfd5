// Attackers killed beside a toll: "17 were killed along with the three attackers".
import type { Count } from '../reading/count.js';
import { ATTACKER_COUNT_WORDS } from './attackers-among.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

const AR_SMALL: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['الاثنين', 2],
    ['الثلاثة', 3],
    ['الأربعة', 4],
    ['الخمسة', 5],
  ].map(([w, n]) => [normalizeForMatch(w as string), n as number]),
);

/**
 * "Seventeen people were killed along with the three attackers", "killed 12 as well as two
 * bombers", "قتل 17 شخصاً إضافة إلى الانتحاريين الثلاثة", "فضلاً عن المهاجمين الاثنين", "إلى جانب
 * الانتحاريَّين": the attackers told beside the victims' count, not inside it (as "including the
 * attackers" is: attackers-among.ts).
 */
const BESIDE_ATTACKERS = new RegExp(
  `(?<!${L})(?:along with|as well as|in addition to|besides)\\s+(?:the\\s+)?(?:(?<n>\\d+|two|three|four|five)\\s+)?(?:suicide\\s+)?(?<noun>attackers|bombers|assailants|gunmen|attacker|bomber|assailant|gunman)(?!${L})|(?<!${L})(?:${f(['إضافة إلى', 'بالإضافة إلى', 'فضلا عن', 'إلى جانب', 'علاوة على'])})\\s+(?:(?<dual>${f(['الانتحاريين', 'المهاجمين', 'الانتحاريان', 'المهاجمان'])})(?:\\s+(?<arn>${Object.keys(AR_SMALL).join('|')}))?|(?<single>${f(['الانتحاري', 'المهاجم', 'منفذ الهجوم'])}))(?!${L})`,
  'u',
);

/** How many attackers the clause (in matching form) tells were killed beside its toll, if it does. */
export function attackersBesideDead(matchText: string): Count | null {
  const g = BESIDE_ATTACKERS.exec(matchText)?.groups;
  if (!g) return null;
  if (g.single) return 1;
  // "المهاجمين" alone is a dual or a plural, how many unsaid; "المهاجمان" is two
  if (g.dual) return g.arn ? (AR_SMALL[g.arn] ?? null) : g.dual.endsWith('ان') ? 2 : null;
  if (g.n) return ATTACKER_COUNT_WORDS[g.n] ?? Number(g.n);
  return /s$/u.test(g.noun ?? '') ? null : 1;
}
