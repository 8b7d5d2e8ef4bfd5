// "أعلنت قوات الجيش، مساء أمس الخميس، استعادة السيطرة على المدينة": the day told between the
// announcing and the taking of a place it announces is the taking's day.
import { ar } from '../events/cue-pattern.js';
import { CAPTURE_NOUNS } from './capture-lead.js';

/**
 * A force announces the taking of a place when it has it: the verbal noun of the taking as the
 * object of "أعلن", right after the day told, makes that day the deed's, not only the telling's (a
 * toll announced so, "أعلنت … أمس مقتل خمسة", stays the day of the telling: kills-statement-day.ts).
 */
const CAPTURE_AFTER = new RegExp(`^\\s*[،,]?\\s*(?:${ar(CAPTURE_NOUNS)})`, 'u');

/** Whether the matched text right after a date starts with the taking of a place announced. */
export function announcesCaptureAfter(textAfterDate: string): boolean {
  return CAPTURE_AFTER.test(textAfterDate);
}
