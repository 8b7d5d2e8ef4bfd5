// "داهم جهاز الأمن منزلاً قرب البلدة فجر أمس الاثنين", "Police raided a house on Monday": a raid is
// the deed of a lead as a blow is; the tolls of the fight told after it, with no day of their own
// ("اشتبكوا مع أفراد الخلية ما أدى إلى مقتل اثنين"), are of the raid's day.
import { ar, en } from '../events/cue-pattern.js';

const RAID = new RegExp(
  `${ar(['داهم', 'داهمت', 'داهموا', 'دهم', 'دهمت', 'مداهمة', 'اقتحم', 'اقتحمت', 'اقتحموا'])}|${en(['raided', 'raids?'])}`,
  'u',
);

/** Whether a lead sentence tells a raid. */
export function tellsRaid(sentenceMatchText: string): boolean {
  return RAID.test(sentenceMatchText);
}
