// The event told with its day after a risen toll told with none: the count before the rise.
import { spanOf, type Count } from '../reading/count.js';

/**
 * "The death toll from an attack on a village rose to seven after two of the wounded died", then
 * "Gunmen stormed the village late on Monday, killing five and wounding four" ("ارتفعت حصيلة الهجوم
 * إلى سبعة", then "وكان مسلحون قد هاجموا القرية مساء الاثنين ما أدى إلى مقتل خمسة وإصابة أربعة"):
 * where the risen toll gave no day of the event, the first telling of it with its day is the count
 * before the rise — with no pluperfect needed — when its wounded hold the dead added since (fewer
 * dead than the toll, dead and wounded together at least as many). A lower toll with no wounded
 * to hold the rise is not read so.
 */
export function woundedHoldRise(risen: Count, killed: Count, wounded: Count | null): boolean {
  if (wounded === null) return false;
  const [now, dead, hurt] = [spanOf(risen), spanOf(killed), spanOf(wounded)];
  return dead.high < now.low && dead.low + hurt.low >= now.low;
}
