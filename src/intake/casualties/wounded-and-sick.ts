// "نقل 40 جريحا ومريضا إلى مستشفيات المدينة", "evacuated 60 sick and wounded": the wounded counted
// with the sick are the people a convoy or a medical team took out of a besieged town, not the
// wounded of a blow; the count is a figure, and no casualty.
import { L, anyOf } from '../reading/word-pattern.js';

/** The sick joined right after the wounded: "ومريضا", "والمرضى"; in English "and sick". */
const SICK_AFTER = new RegExp(
  `^\\s*(?:${anyOf(['ومريضا', 'ومريض', 'ومرضى', 'والمرضى'])}|and (?:the )?sick)(?!${L})`,
  'iu',
);
/** The sick told first: "مرضى وجرحى", "المرضى والجرحى", "sick and wounded". */
const SICK_BEFORE = new RegExp(`(?<!${L})(?:${anyOf(['مرضى', 'المرضى'])}\\s+|sick and )$`, 'iu');

/** Whether the wounding cue from `start` to `end` of `matchText` counts the wounded with the sick. */
export function woundedWithSick(matchText: string, start: number, end: number): boolean {
  return SICK_AFTER.test(matchText.slice(end)) || SICK_BEFORE.test(matchText.slice(0, start));
}
