// A natural disaster's dead are no incident of violence: an earthquake, a flood or a storm has no
// hand that strikes, and the intake counts only the dead of a deed. (Not "storm" nor "flood",
// verbs of crowds — "tried to storm the building" — nor "عاصفة", the name of operations.)
import { ar, en } from './cue-pattern.js';

const DISASTER = new RegExp(
  `${ar(['زلزال', 'الزلزال', 'زلازل', 'هزة أرضية', 'الهزة الأرضية', 'فيضان', 'فيضانات', 'سيول', 'السيول', 'إعصار', 'انهيار أرضي', 'انهيارات أرضية'])}|${en(['earthquakes?', 'quakes?', 'flash floods?', 'floodwaters?', 'landslides?', 'hurricane', 'cyclone'])}`,
  'iu',
);

/**
 * The sentence (in matching form) names a natural disaster: "وأودى الزلزال بحياة 4537 شخصاً", "the
 * quake killed 300 people". Where the clause names no event of violence and no doer, its dead and
 * wounded are the disaster's.
 */
export function namesNaturalDisaster(matchText: string): boolean {
  return DISASTER.test(matchText);
}
