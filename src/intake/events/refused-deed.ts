// "جنود رفضوا إطلاق النار على المتظاهرين", "soldiers who refused to fire on protesters": a deed someone
// refused to do did not happen, and names no kind of the event told.
import { ar, en } from './cue-pattern.js';

/** The verb of refusing, then the refused deed: a few words, up to the clause's end or the next "and". */
const REFUSED = new RegExp(
  `(?:${ar(['رفضوا', 'رفض', 'رفضت', 'لرفضهم', 'لرفضه', 'امتنعوا عن', 'امتنع عن'])}|${en(['refused to', 'refusing to', 'declined to'])})(?:\\s+(?!and\\s|و)[^\\s،,.؛;]+){1,4}`,
  'gu',
);

/** The clause (in matching form) with a refused deed left out, before its event is classified. */
export const withoutRefusedDeed = (text: string): string => text.replace(REFUSED, ' ');
