import { findCasualties, type Casualties } from '../casualties/casualties.js';
import { addCheck } from '../drafts/checks.js';
import { countText, sameCount, sumCounts, type Count } from '../reading/count.js';
import type { ExtractedIncident } from '../incidents/incident-types.js';

import { matchView } from '../reading/view.js';
import type { Language } from '../../content/schema.js';

/** Where a headline's parts meet: "10 Killed; 12 Bodies Found in Mass Grave", "Roundup: …", "… | …". */
const HEADLINE_PARTS = /\s*[;|:؛]\s*|\s+[-–—]\s+/u;

/**
 * The casualties a headline states ("Bomb attacks kill 19 in Kirkuk", "قتيلان وجرحى بنزاع…"), part
 * by part, so that a number of the next part ("12 bodies found") is not read as the toll before it.
 */
export function headlineCasualties(title: string, lang: Language): Casualties {
  const parts = title.split(HEADLINE_PARTS).map((part) => findCasualties(matchView(part), lang));
  const first = <K extends 'killed' | 'wounded' | 'attackersKilled'>(kind: K): Casualties[K] =>
    parts.find((c) => c[kind] !== null)?.[kind] ?? null;
  return { killed: first('killed'), wounded: first('wounded'), attackersKilled: first('attackersKilled') };
}

/**
 * The body's figures win over the headline's; where the headline's total is neither one incident's
 * figure nor the sum over the incidents, the first incident says so for the editor to check.
 */
export function noteHeadline(
  incidents: readonly ExtractedIncident[],
  headline: Pick<Casualties, 'killed' | 'wounded'>,
): void {
  const first = incidents[0];
  if (!first) return;
  for (const kind of ['killed', 'wounded'] as const) {
    const stated = headline[kind];
    const told = incidents.map((x) => x[kind]).filter((n): n is Count => n !== null);
    if (stated === null || told.length === 0) continue;
    const sum = sumCounts(told);
    if (!sameCount(stated, sum) && !told.some((n) => sameCount(n, stated)))
      addCheck(first.checks, {
        reason: 'headline-disagrees',
        detail: `${countText(stated)} ≠ ${countText(sum)}`,
      });
  }
}
