// "أسفرت عن مقتل خمسة عناصر من قوات النظام، واستشهاد اثنين من مقاتلي الحر": after a side's dead, a comma
// and "و" with the noun of killing or martyrdom again, then a count of the other side's fighters — the
// same fight's other dead, one toll told in two parts, not the next item of a roundup. (A count straight
// after "، و" is side-count-after-comma.ts's; this is the same with its own noun of dying before it.)
import { normalizeForMatch } from '../../text/normalize.js';
import { AR_TENS, AR_UNITS } from '../reading/number-words.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { AR_QUALIFIERS } from '../casualties/casualty-words.js';
import { FIGHTERS_OF } from '../attackers/fighters-of-side.js';
import { endsWithSideCount } from './side-count-after-comma.js';

const NUMBER_WORD = [...Object.keys(AR_UNITS), ...Object.keys(AR_TENS)].join('|');
/** A count by digits (Arabic-Indic too) or words, hedged or not ("أكثر من عشرة"). */
const COUNT = `(?:(?:${AR_QUALIFIERS.map((words) => words.join('\\s+')).join('|')})\\s+)?(?:[\\d\\u0660-\\u0669]+|(?:${NUMBER_WORD})(?:\\s+${anyOf(['عشر', 'عشرة'])})?)`;
/** The nouns of a side's dead: killed, martyred, met their death. */
const DEATH_NOUN = anyOf(['مقتل', 'استشهاد', 'مصرع']);
/** The fighters' noun a count takes before "من" and the group ("خمسة مقاتلين من", "ستة عناصر من"). */
const COUNTED_FIGHTERS = anyOf(['مقاتلين', 'مقاتلا', 'عناصر', 'عنصرا', 'مسلحين', 'مسلحا', 'جنود', 'جنديا']);

/**
 * "، واستشهاد اثنين من مقاتلي …", "، ومقتل ٣ عناصر من …": "و", the noun of dying, a count and a side by
 * its fighters — with no place of its own before the next comma ("، ومقتل ثلاثة من عناصر التنظيم في
 * ريف دير الزور" is another place's item).
 */
const SIDE_DEATH_NOUN = new RegExp(
  `^["«“]?\\s*${normalizeForMatch('و')}${DEATH_NOUN}\\s+${COUNT}\\s+(?:${COUNTED_FIGHTERS}\\s+${normalizeForMatch('من')}|${normalizeForMatch('من')}\\s+${anyOf(FIGHTERS_OF)})\\s(?![^،,.]*?(?<!${L})(?:${anyOf(['في', 'بريف', 'بمدينة', 'ببلدة', 'بقرية', 'بمنطقة', 'بحي'])})(?!${L}))`,
  'u',
);

/** `part`, opening after a comma, tells the other side's dead of the side count `previous` ended with. */
export function continuesSideDeath(previous: string, part: string): boolean {
  return SIDE_DEATH_NOUN.test(normalizeForMatch(part)) && endsWithSideCount(previous);
}
