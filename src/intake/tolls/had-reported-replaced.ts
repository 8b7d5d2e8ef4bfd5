// A count a source had given, in the pluperfect, replaced in the same sentence by a later teller's.
import { HAD_REPORTED, OTHER_EVENT } from './earlier-report.js';
import { laterTellerAt } from './later-teller.js';

/**
 * "وكانت مصادر محلية قد أفادت مساء أمس بمقتل خمسة في الهجوم، قبل أن يوضح مصدر أمني أن الهجوم أسفر
 * عن مقتل أربعة", "Residents had said six died in the blast, before police confirmed four dead": a
 * teller's count told in the pluperfect ("وكان … قد أفاد", "had said") and replaced, after "before",
 * by a later teller's (later-teller.ts) is the count the event had at first, even with no word that
 * marks it as first (first-word-replaced.ts): the pluperfect sets it before the later count, which
 * stands. Not where the sentence names another event ("في هجوم آخر").
 */
export function hadReportedReplaced(matchText: string): boolean {
  const later = laterTellerAt(matchText);
  if (later === null) return false;
  const first = matchText.slice(0, later);
  return HAD_REPORTED.test(first) && !OTHER_EVENT.test(first);
}
