// "ضربة شمس" is sunstroke: a strike of the sun is a heat illness, no blow anyone struck.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "142 حالة إصابة بضربة شمس وإجهاد حراري", "أصيب زائران بضربات الشمس", "ضربة حرارية": the
 * word for a strike ("ضربة", "ضربات") with the sun or heat after it names a heat illness, so a count
 * of pilgrims or workers treated for it tells no air strike. `after` is the matched text right after
 * the strike word.
 */
const OF_THE_SUN = new RegExp(
  `^\\s+(?:${anyOf(['شمس', 'الشمس', 'حرارية', 'الحرارية', 'حر', 'الحر'])})(?!${L})`,
  'u',
);

export const isSunstroke = (after: string): boolean => OF_THE_SUN.test(after);
