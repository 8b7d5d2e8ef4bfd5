// Unknown people who planted a bomb (beside actors.ts): no one named, so no doer.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "بانفجار عبوة ناسفة زرعها مجهولون", "لغم وضعه مجهولون", "a bomb planted by unknown assailants": the
 * bare "unknown" who laid a device are not gunmen the article tells of, only no one named — an
 * explosive with no one named has no actor. "مسلحون مجهولون" (armed, unknown) stay unknown gunmen.
 */
const PLANTED_BEFORE = new RegExp(
  `(?<!${L})(?:${f(['زرعها', 'زرعه', 'زرعهما', 'وضعها', 'وضعه', 'ركنها', 'ركنه', 'فخخها', 'فخخه', 'زرعت من قبل', 'وضعت من قبل', 'زرع من قبل', 'وضع من قبل'])})\\s+(?:${f(['أشخاص', 'اشخاص'])}\\s+)?$|(?<!${L})planted by (?:unknown|unidentified)\\s+$`,
  'u',
);
/**
 * "عبوة لاصقة وضعها مجهولون أسفل سيارته", "زرعها مجهولون في سيارته", "في دراجة نارية مركونة": a
 * sticky bomb, or a device put in or under a vehicle, is an attack the unknown carried out by hand on
 * a man or a crowd, as gunmen do; they stay its doers.
 */
const STICKY_BEFORE = new RegExp(`(?:${f(['لاصقة', 'لاصق'])}|sticky|magnetic)[^.،,;]{0,40}$`, 'u');
const IN_VEHICLE_AFTER = new RegExp(
  `^\\s*(?:${f(['في', 'داخل', 'أسفل', 'تحت', 'ب'])})\\s*(?:${f(['سيارة', 'سيارته', 'سيارتها', 'دراجة', 'دراجته', 'عجلة', 'عجلته'])})|^\\s*(?:in|under|on|beneath) (?:a|an|his|her|their) (?:car|vehicle|motorcycle|motorbike)`,
  'u',
);
/** The name found is the bare "unknown" ("مجهولون", "unknown assailants"), not the armed ("مسلحون مجهولون", "gunmen"). */
const ARMED = new RegExp(`${f(['مسلح'])}|gunmen|armed`, 'u');

export function unknownPlanterAt(text: string, start: number, end: number): boolean {
  return (
    !ARMED.test(text.slice(start, end)) &&
    PLANTED_BEFORE.test(text.slice(Math.max(0, start - 32), start)) &&
    !STICKY_BEFORE.test(text.slice(Math.max(0, start - 64), start)) &&
    !IN_VEHICLE_AFTER.test(text.slice(end, end + 24))
  );
}
