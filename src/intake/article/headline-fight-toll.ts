// "27 killed as troops, militants clash in Diyala", "مقتل 27 من داعش في اشتباكات … واستشهاد 3 من
// مقاتلينا": a headline that names a fight, and no attack or blow, states the fight's toll — both
// sides' dead. Where the body's figures of one incident told as a battle (its dead and the attackers
// it set apart) add up to it and nothing else does, that incident's toll is the sum. (Not "IS
// attack on post kills five", "مقتل 12 بهجوم": a headline of an attack counts its attackers, which
// the toll of an attack on a post keeps out.)
import { sameCount, sumCounts, type Count } from '../reading/count.js';
import type { ExtractedIncident } from '../incidents/incident-types.js';
import { FIGHT } from '../attackers/fight-sides.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** An attack or a blow named (matching form): its attackers are no side of a fight. */
const BLOW = new RegExp(
  `(?<!${L})(?:attack|assault|ambush|raid|bomb|suicide|explosi|blast|strike|shell|mortar|rocket|drone|offensive)|(?<!${L})[وفبل]?(?:ال)?(?:${anyOf(['هجوم', 'هجمات', 'كمين', 'تفجير', 'انفجار', 'قصف', 'غارة', 'غارات', 'انتحاري'])})(?!${L})`,
  'u',
);

/**
 * Where the headline (`title`) names a fight and no blow, and its killed (`stated`) is neither any
 * incident's killed nor their sum but the killed and attackers killed of exactly one incident told
 * as a battle summed: that incident's killed become the sum, no attackers set apart (in place).
 */
export function headlineFightToll(
  incidents: readonly ExtractedIncident[],
  title: string,
  stated: Count | null,
): void {
  if (stated === null) return;
  const headline = matchView(title).text;
  if (!FIGHT.test(headline) || BLOW.test(headline)) return;
  const told = incidents.map((x) => x.killed).filter((n): n is Count => n !== null);
  if (told.some((n) => sameCount(n, stated)) || (told.length > 0 && sameCount(sumCounts(told), stated)))
    return;
  const fights = incidents.filter(
    (x) =>
      x.event.type === 'battles' &&
      x.killed !== null &&
      x.attackersKilled !== null &&
      sameCount(sumCounts([x.killed, x.attackersKilled]), stated),
  );
  if (fights.length !== 1) return;
  const fight = fights[0]!;
  fight.killed = sumCounts([fight.killed!, fight.attackersKilled!]);
  fight.attackersKilled = null;
}
