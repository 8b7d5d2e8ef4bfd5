// "شن غارات على بلدتي X وY، ما أسفر عن سقوط قتلى وجرحى لم يعرف عددهم", "raids on X, causing
// casualties": blows told by a bare plural with what they left, though it is not counted, are one
// event told, not blows in general (a statistic).
import { L, anyOf } from '../reading/word-pattern.js';

const RESULT = anyOf(['ما أسفر عن', 'مما أسفر عن', 'ما أدى إلى', 'مما أدى إلى', 'ما خلف', 'مما خلف']);
const FALLING = anyOf(['سقوط', 'وقوع']);
const HURT = anyOf(['قتلى', 'ضحايا', 'شهداء', 'جرحى', 'إصابات']);

const LEFT_TOLL = new RegExp(
  `(?<!${L})(?:${RESULT}) (?:(?:${FALLING}) )?(?:${HURT})(?!${L})|(?<!${L})(?:causing|leaving|inflicting) (?:several |many |heavy )?casualties(?!${L})`,
  'u',
);

/** Whether a clause (its match view) tells the casualties its blows left, counted or not. */
export const leavesToll = (matchText: string): boolean => LEFT_TOLL.test(matchText);
