// "Army units later targeted the positions from which the shells were fired, killing 20 terrorists",
// "دكت وحدات الجيش بالمدفعية مواقع الإرهابيين في X، موقعة في صفوفهم عدداً من القتلى": a force's
// own blow on the other side's positions, told after the shells that side fired on a town.
import type { IncidentEvent } from '../../content/schema.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** English: a force, a verb of striking from afar, and the other side's positions it hit. */
const EN = `(?<!${L})(?:army|troops|forces|army units|artillery)\\s+(?:[^\\s,.;]+\\s+){0,3}?(?:targeted|targeting|struck|striking|shelled|shelling|pounded|pounding|bombarded|bombarding)\\s+(?:[^,.;]{0,40}?\\s)?(?:positions|launch(?:ing)?\\s+(?:pads|sites|positions)|hideouts|dens|gatherings)(?!${L})`;

/** Arabic verbs a force's blow on positions opens with ("دكت", "استهدفت", "نفذت … عمليات … ضد"). */
const AR_VERBS = anyOf(['دكت', 'ودكت', 'استهدفت', 'واستهدفت', 'قصفت', 'وقصفت', 'نفذت', 'ونفذت']);
/** The force the verb's subject names. */
const AR_FORCE = anyOf(['الجيش', 'وحدات', 'قوات']);
/** The other side's positions, hideouts and gatherings, as the object of the blow. */
const AR_POSITIONS = anyOf(['مواقع', 'أوكار', 'اوكار', 'تجمعات', 'منصات', 'مصادر', 'مقرات']);

const AR = `(?<!${L})${AR_VERBS}\\s+(?:[^\\s،,.]+\\s+){0,2}?${AR_FORCE}(?!${L})(?:\\s+[^\\s،,.]+){0,8}?\\s+(?:ضد\\s+)?${AR_POSITIONS}(?!${L})`;

const HITS_POSITIONS = new RegExp(`${EN}|${AR}`, 'u');

/**
 * The clause (in matching form) tells a force (the army, its units, its artillery) striking the
 * other side's positions, hideouts or launch sites from afar. Told after a blow the other side
 * struck a town with, it is that force's own blow with its own toll (counted or not: "killing 20
 * terrorists", "a number of militants", "أعداداً كبيرة منهم"), whether or not the text calls it an
 * answer ("later", "في غضون ذلك", "في المقابل"): a second event, not more of the shelling it followed,
 * whose dead would otherwise be read as the shelling's attackers or lost.
 */
export const armyHitsPositions = (matchText: string): boolean => HITS_POSITIONS.test(matchText);

/** A blow by shells or guns from afar ("بالمدفعية", "دكت", "shelled"), not a raid on the ground. */
const FROM_AFAR = new RegExp(
  `(?<!${L})(?:shell\\p{L}*|artillery|rockets?|${anyOf(['دكت', 'ودكت', 'قصفت', 'وقصفت', 'بالمدفعية', 'بالصواريخ', 'بالقذائف'])})(?!${L})`,
  'u',
);

/**
 * The event of a force's blow on the other side's positions whose toll the clause tells with no
 * number and no word for the event ("دكت وحدات الجيش مواقعهم، موقعة في صفوفهم عدداً من القتلى",
 * "نفذت وحدات الجيش عمليات ضد أوكارهم أوقعت أعداداً كبيرة منهم"): shelling where guns or shells are
 * named, else the two sides fighting. Null for any other clause.
 */
export function armyBlowEvent(matchText: string, uncountedToll: boolean): IncidentEvent | null {
  if (!uncountedToll || !armyHitsPositions(matchText)) return null;
  return FROM_AFAR.test(matchText)
    ? { type: 'explosions_remote_violence', subType: 'shelling_artillery_missile_attack' }
    : { type: 'battles', subType: 'armed_clash' };
}
