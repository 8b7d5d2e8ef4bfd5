// "Five attackers stormed the base…", then "Three blew themselves up and two were shot dead": the
// attackers just counted, told again by their count alone.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { CLAUSE_HEAD, L } from '../reading/word-pattern.js';

const COUNT = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)';

/** "five attackers wearing explosive vests", "three suicide bombers", "four gunmen": attackers counted. */
const ATTACKERS_COUNTED = new RegExp(
  `(?<!${L})${COUNT}\\s+(?:[\\p{L}-]+\\s+)?(?:attackers|assailants|gunmen|militants|insurgents|bombers)(?!${L})`,
  'u',
);

/** A clause that opens with a count and its verb, no noun between: "Two were shot dead", "Three blew themselves up". */
const BARE_COUNT = new RegExp(
  `${CLAUSE_HEAD}(?:(?:and|but)\\s+)?(?:${COUNT}|one)\\s+(?:(?:of them|others)\\s+)?(?:were|was|blew|detonated|died|had)(?!${L})`,
  'u',
);

/**
 * The sentence just before counted the attackers ("An officer said five attackers wearing explosive
 * vests stormed the base"), and this one tells their fate by a count alone ("Three blew themselves up
 * and two were shot dead by soldiers"), with no place or day of its own: its dead are those
 * attackers, killed in the event just told, not victims of another event.
 */
export function attackersCountedBefore(
  last: Building,
  facts: ClauseFacts,
  sentenceBefore: string,
  sentenceIndex: number,
): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  return (
    killed !== null &&
    wounded === null &&
    attackersKilled === null &&
    last.attackersKilled === null &&
    withinGap(last, sentenceIndex) &&
    facts.targets.length === 0 &&
    !facts.eventDate &&
    !facts.place?.governorate &&
    BARE_COUNT.test(facts.matchText) &&
    ATTACKERS_COUNTED.test(sentenceBefore)
  );
}
