// "The two bombers were among the dead": a sentence of its own saying the toll just told held the attackers.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { countText } from '../reading/count.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { ATTACKER_COUNT_WORDS } from './attackers-among.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/** "the two suicide bombers", "the attacker": the groups named for the side of the sentence they stand on. */
const enAttackers = (side: string): string =>
  `(?:the\\s+)?(?:(?<n${side}>two|both|three|four|five|\\d+)\\s+)?(?:suicide\\s+)?(?:bombers|attackers|assailants|gunmen|(?<one${side}>bomber|attacker|assailant|gunman))`;
const EN_AMONG = 'among\\s+the\\s+(?:dead|killed|fatalities)';
const arAttackers = (side: string): string =>
  `(?:(?<two${side}>${f(['الانتحاريان', 'المهاجمان', 'المسلحان', 'منفذا الهجوم', 'منفذا التفجير'])})|(?<one${side}>${f(['الانتحاري', 'المهاجم', 'منفذ الهجوم', 'منفذ التفجير'])}))`;
const AR_AMONG = `(?:${f(['من'])}\\s+)?(?:${f(['بين', 'ضمن'])})\\s+(?:${f(['القتلى', 'الضحايا'])})`;

/**
 * "The two bombers were among the dead", "Among the dead was the attacker", "وكان الانتحاريان من بين
 * القتلى", "ومن بين القتلى منفذا الهجوم": the attackers counted inside the toll told before.
 */
const TOLD_AMONG = new RegExp(
  [
    `(?<!${L})${enAttackers('A')}\\s+(?:were|was)\\s+(?:also\\s+)?${EN_AMONG}(?!${L})`,
    `(?<!${L})${EN_AMONG}\\s+(?:were|was)\\s+(?:also\\s+)?${enAttackers('B')}(?!${L})`,
    `(?<!${L})${arAttackers('C')}\\s+${AR_AMONG}(?!${L})`,
    `(?<!${L})${AR_AMONG}\\s+${arAttackers('D')}(?!${L})`,
  ].join('|'),
  'u',
);

/**
 * How many attackers the clause (in matching form) says were among the dead told before it: their
 * number, one for a singular, two for an Arabic dual; null where it says none, or a plural without a
 * number ("the attackers were among the dead") does not say how many.
 */
export function attackersToldAmongDead(matchText: string): number | null {
  const g = TOLD_AMONG.exec(matchText)?.groups;
  if (!g) return null;
  if (g.twoC || g.twoD) return 2;
  if (g.oneA || g.oneB || g.oneC || g.oneD) return 1;
  const n = g.nA ?? g.nB;
  return n === undefined ? null : (ATTACKER_COUNT_WORDS[n] ?? Number(n));
}

/**
 * A clause with no toll of its own telling how many attackers were among the dead of the incident
 * just told (within reach, no attackers set apart yet): they leave its toll, which counted everyone,
 * and are its attackers killed. Where the text gave the toll twice ("Five people were killed…", then
 * "…killing three soldiers"), only a toll larger than another by just the attackers held them; the
 * other already counted the victims alone. Says whether it did.
 */
export function attackersOutOfToll(hit: Building | undefined, facts: ClauseFacts, sentence: number): boolean {
  if (!hit || hasCasualties(facts) || hit.attackersKilled !== null || typeof hit.killed !== 'number')
    return false;
  if (!withinGap(hit, sentence)) return false;
  const attackers = attackersToldAmongDead(facts.matchText);
  if (attackers === null || hit.killed <= attackers) return false;
  const others = hit.checks.filter((c) => c.reason === 'casualties-conflict').map((c) => c.detail);
  const victims = hit.killed - attackers;
  if (others.length > 0 && !others.includes(`${countText(hit.killed)} ≠ ${countText(victims)}`)) return false;
  hit.killed = victims;
  hit.attackersKilled = attackers;
  return true;
}
