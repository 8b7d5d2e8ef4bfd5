// A lead about a mass grave, told apart from a roundup lead that names one beside the day's events.
import type { Language } from '../../content/schema.js';
import { tellsRemains } from '../places/grave-site.js';
import { splitClauses } from '../article/sentences.js';
import { matchView } from '../reading/view.js';

/**
 * The lead tells of a mass grave in its main clause ("Forensic teams exhumed the remains of 40
 * people…", "عثرت فرق الطب العدلي على مقبرة جماعية…"): the killings it tells with no date are the
 * grave's victims. A grave named only in a side clause beside the day's incidents ("Three provinces
 * saw a string of attacks on Monday, while a mass grave was found in Nineveh", "شهدت ثلاث محافظات
 * سلسلة هجمات، فيما عثر على مقبرة جماعية في نينوى") is one item of a roundup: the other items are
 * events of the day. A cemetery named only as where something went ("شيّع الآلاف الشهداء … وصولاً
 * إلى المقبرة") tells no grave (grave-site.ts).
 */
export function graveLead(lead: string | undefined, lang: Language): boolean {
  if (lead === undefined) return false;
  const first = splitClauses(lead, lang)[0];
  return first !== undefined && tellsRemains(matchView(first.text).text);
}
