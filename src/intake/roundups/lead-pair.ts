// A source's account of one of the events a lead tells together in one sentence.
import type { Casualties } from '../casualties/casualties.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { accountOfLead } from './lead-account.js';
import { merge } from '../incidents/incident-merge.js';

/**
 * A lead that tells two events in one sentence ("أفاد مصدر، اليوم، بمقتل مزارع بانفجار عبوة، فيما
 * أصيب ثلاثة جنود بهجوم…", "Police said on Monday a farmer was killed by a bomb, while three soldiers
 * were wounded in an attack"), then a source's account of each with its day: an account is of the
 * lead's event it agrees with (`accountOfLead`), the last one told or one told before it in that
 * sentence. Returns that event and what the account adds, or null.
 */
export function leadOfAccount(
  built: readonly Building[],
  facts: ClauseFacts,
  sentence: number,
): { lead: Building; casualties: Casualties } | null {
  const last = built[built.length - 1];
  if (!last || !withinGap(last, sentence)) return null;
  const leadSentence = last.sentences[0];
  for (let k = built.length - 1; k >= 0; k--) {
    const lead = built[k]!;
    if (k < built.length - 1 && (lead.sentences.length !== 1 || lead.sentences[0] !== leadSentence)) break;
    const casualties = accountOfLead(lead, facts);
    if (casualties) return { lead, casualties };
  }
  return null;
}

/** The lead takes the account: its day, its spot where it names a governorate, what it adds to the toll. */
export function takeAccount(
  account: { lead: Building; casualties: Casualties },
  facts: ClauseFacts,
  sentence: { index: number; paragraph: number },
): void {
  const spot = facts.place?.governorate ? facts.place : null;
  merge(account.lead, { ...facts, casualties: account.casualties }, facts.eventDate, spot, sentence.index);
  account.lead.paragraph = sentence.paragraph;
}
