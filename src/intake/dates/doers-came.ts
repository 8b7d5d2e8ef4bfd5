// "Residents said gunmen went house to house on Saturday and killed 19": the reported deed's day.
import { L } from '../reading/word-pattern.js';

/**
 * "said gunmen went house to house on Saturday", "said the militants came to the village on Monday":
 * after a teller's "said", the doers' coming, told with a verb of motion no cue of an act reads, opens
 * the reported deed, so the day told after it is the deed's, not the day of the telling.
 */
export const DOERS_CAME = new RegExp(
  `(?<!${L})(?:gunmen|militants|fighters|attackers|assailants|men|troops|forces)\\s+(?:went|came|moved|drove|rode|arrived|broke into|swept into|returned)(?!${L})`,
  'u',
);
