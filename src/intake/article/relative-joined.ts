// A relative clause after a comma ("، والتي …") tells more of the noun before it, not another event.
import { normalizeForMatch } from '../../text/normalize.js';

const RELATIVES = new Set(
  ['والتي', 'والذي', 'والذين', 'واللتين', 'واللذين', 'واللواتي'].map(normalizeForMatch),
);

/**
 * "يرتفع إلى 19 عدد الاستهدافات … منذ مطلع العام، والتي تسببت بمقتل 27 شخصاً": "and which" opens no
 * clause of its own; the dead it counts are those of the noun before it, counted over its span
 * (`word`: the clause's first word, in matching form).
 */
export function opensRelative(word: string): boolean {
  return RELATIVES.has(word);
}
