// "مقتل 11 عنصراً من قوات النظام ومسلحين موالين لها، وخمسة مقاتلين من الفصائل، في الهجوم": the other
// side's dead after a comma, counted in words — more of the same count, as "، و5 مقاتلين من الفصائل" is.
// So is a count told with a hedge of its own, "، وما لا يقل عن 15 عنصراً من قوات النظام".
import { normalizeForMatch } from '../../text/normalize.js';
import { AR_TENS, AR_UNITS } from '../reading/number-words.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { AR_QUALIFIERS } from '../casualties/casualty-words.js';
// (the fighters' noun in the construct after a partitive: "خمسة من مقاتلي", "تسعة من عناصر")
import { FIGHTERS_OF } from '../attackers/fighters-of-side.js';

const NUMBER_WORD = [...Object.keys(AR_UNITS), ...Object.keys(AR_TENS)].join('|');

/** A hedge before the number, "و" glued to it: "وما لا يقل عن 15", "وأكثر من عشرة", "ونحو 20". */
const HEDGED_NUMBER = `(?:${AR_QUALIFIERS.map((words) => words.join('\\s+')).join('|')})\\s+(?:[\\d\\u0660-\\u0669]+|${NUMBER_WORD})`;

/** The fighters' noun a count takes before "من" and the group ("خمسة مقاتلين من", "ستة عناصر من"). */
const COUNTED_FIGHTERS = anyOf(['مقاتلين', 'مقاتلا', 'عناصر', 'عنصرا', 'مسلحين', 'جنود']);

/**
 * "وخمسة مقاتلين من …", "وتسعة من مقاتلي …": "و", a number word (or a hedged number, "وما لا يقل عن 15
 * عنصراً من …"), then a side counted by its fighters,
 * with no verb of dying of its own before the next comma (", وخمسة مقاتلين من الفصائل قتلوا في …" is
 * the next item of a roundup).
 */
const SIDE_COUNT_IN_WORDS = new RegExp(
  `^["«“]?\\s*${normalizeForMatch('و')}(?:${NUMBER_WORD}|${HEDGED_NUMBER})\\s+(?:(?:${COUNTED_FIGHTERS})\\s+${normalizeForMatch('من')}|${normalizeForMatch('من')}\\s+(?:${anyOf(FIGHTERS_OF)}))\\s(?![^،,.]*?(?<!${L})(?:${anyOf(['قضوا', 'قتلوا', 'استشهدوا', 'لقوا', 'سقطوا'])})(?!${L}))`,
  'u',
);

/** The part before the comma ends with a side counted by its fighters: "11 عنصراً … من قوات النظام …". */
const SIDE_COUNTED_BEFORE = new RegExp(
  `(?:\\d+|(?<!${L})(?:${NUMBER_WORD}))\\s+(?:\\S+\\s+){0,3}?${normalizeForMatch('من')}(?:\\s+[^\\s،,.]+){1,6}\\s*[،,]?\\s*$`,
  'u',
);

/** The text before a comma ends with a side counted by its fighters (side-death-after-comma.ts reads it too). */
export function endsWithSideCount(previous: string): boolean {
  return SIDE_COUNTED_BEFORE.test(normalizeForMatch(previous));
}

/** `part`, opening after a comma, counts the other side's dead of the count `previous` ended with. */
export function continuesSideCount(previous: string, part: string): boolean {
  return (
    SIDE_COUNT_IN_WORDS.test(normalizeForMatch(part)) && SIDE_COUNTED_BEFORE.test(normalizeForMatch(previous))
  );
}
