// "the 26th Marine Expeditionary Unit", "the 5th Division": digits with an ordinal ending name a unit
// or a rank, never how many were hit.
import { L } from './word-pattern.js';

const ORDINAL_ENDING = new RegExp(`^(?:st|nd|rd|th)(?!${L})`, 'u');

/** The digits ending at `end` of a matched clause carry an English ordinal ending ("26th", "51st"). */
export function ordinalDigits(text: string, end: number): boolean {
  return ORDINAL_ENDING.test(text.slice(end, end + 3));
}
