// "…بانفجار عبوة قديمة على طريق يؤدي إلى موقع المقبرة": the grave as where a new blow fell.
import { CUES } from '../events/event-cues.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * The grave named as a place ("موقع المقبرة", "قرب المقبرة الجماعية", "the grave site", "near the
 * mass grave"), in matching form: it tells where, not remains found.
 */
const GRAVE_AS_PLACE = new RegExp(
  `(?<!${L})(?:${f(['موقع', 'مكان', 'محيط', 'قرب', 'بالقرب من'])})\\s+(?:${f(['المقبرة', 'المقابر'])})(?:\\s+${f(['الجماعية'])})?(?!${L})|(?<!${L})(?:(?:the\\s+)?(?:mass\\s+)?grave\\s+site|(?:at|near|to|around)\\s+the\\s+(?:mass\\s+)?grave)(?!${L})`,
  'gu',
);

/**
 * The clause tells of a mass grave or exhumed remains (victims of long ago, found now). A grave
 * named only as where something else happened ("two deminers were wounded by an old bomb on the road
 * to the grave site") is not: that is a blow of its own.
 */
export function tellsRemains(matchText: string): boolean {
  return CUES.remains.test(matchText.replace(GRAVE_AS_PLACE, ' '));
}
