// A blow told as a side's answer to the one before it: a second event, however close in day and place.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "The army responded on Tuesday by shelling rebel hideouts in the villages around the town",
 * "troops retaliated by pounding the hills", "وردت القوات بقصف مواقع المسلحين": a side answering a
 * blow with one of its own — its shells or strikes, on the other side's ground — tells a second
 * event, not the first told again; an incident drafted for it is not merged back into the first
 * for sharing its day and district (same-event.ts). Only an answer by a blow from afar: "responded
 * by opening fire", "ردت على مصادر النيران" are the same fight going on.
 */
const ANSWERED_WITH_BLOW = new RegExp(
  `(?<!${L})(?:responded|retaliated|hit back)\\s+(?:[^,.;]{0,40}?\\s+)?by\\s+(?:shelling|bombing|bombarding|pounding|striking|launching\\s+(?:air\\s*strikes|strikes|raids))(?!${L})|(?<!${L})(?:${anyOf(['ردت', 'رد', 'وردت', 'ورد'])})\\s+(?:[^\\s،,.]+\\s+){0,4}?(?:${anyOf(['بقصف', 'بغارات', 'بضربات', 'بغارة', 'بقصفها', 'بقصفه'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells a side answering the blow before with a blow of its own. */
export const answersWithBlowOfItsOwn = (matchText: string): boolean => ANSWERED_WITH_BLOW.test(matchText);
