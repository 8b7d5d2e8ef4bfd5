// The marks a body found bore, told in a clause of their own: how that one died, not a blow.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "…عثرت على جثة رجل طافية في النهر، وعليها آثار إطلاق نار في الرأس، مرجحاً أن تكون قد ألقيت خلال
 * الليلة الماضية", "…، تحمل آثار تعذيب وطلقات نارية", "…, bearing signs of torture and gunshot wounds":
 * a clause that opens on what the body just told bore (on it, "عليها"; it bears, "تحمل") tells how
 * that one was killed — the gunfire is the killing already told, with the finding, not another event
 * (the day it goes on to guess, when the body was dumped, is no event's of its own).
 */
const MARKS_ON_BODY = new RegExp(
  `^[^\\p{L}]*(?:${anyOf(['وعليها', 'عليها', 'وعليه', 'عليه', 'وعليهما', 'عليهما', 'وعليهم', 'عليهم', 'وتحمل', 'تحمل', 'ويحمل', 'يحمل', 'وتحملان', 'تحملان', 'وتظهر عليها', 'تظهر عليها', 'وعلى جسده', 'على جسده'])})\\s+(?:${anyOf(['آثار', 'اثار'])})(?!${L})|^[^\\p{L}]*(?:and\\s+)?(?:bearing|showing|with)\\s+(?:signs|marks|traces)\\s+of(?!${L})`,
  'u',
);

/** The clause (in matching form) opens on the marks a body bore. */
export const tellsMarksOnBody = (matchText: string): boolean => MARKS_ON_BODY.test(matchText);
