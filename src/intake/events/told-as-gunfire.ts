// "In X, three policemen were killed in a shooting. A bomb wounded two soldiers.": dead told as shot
// are a shooting's, never the bomb's told after them.
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * Words that tell the harm was done by gunfire: "in a shooting", "shot dead", "by gunfire",
 * "برصاص مسلحين", "بإطلاق نار". A blast is never told so.
 */
const GUNFIRE = new RegExp(
  `(?<!${L})(?:${anyOf(['برصاص', 'برصاصة', 'بالرصاص', 'بإطلاق نار', 'بإطلاق النار', 'إطلاق نار', 'بطلق ناري', 'بطلقات نارية'])}|shooting|shot dead|shot and killed|gunfire|gunshots?|gunned down)(?!${L})`,
  'iu',
);

/**
 * The clause that opened an incident (in the article's words) tells its harm as done by gunfire: a
 * blow of its own kind, though no doer is named ("two policemen were killed in a shooting").
 */
export function toldAsGunfire(source: string): boolean {
  return GUNFIRE.test(matchView(source).text);
}
