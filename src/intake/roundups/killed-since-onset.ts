// A fight's dead counted from its start weeks or months back: the toll of a conflict, not an event.
import { L } from '../reading/word-pattern.js';

/**
 * "The infighting, which began in late April, has killed more than 270 fighters", "the clashes, which
 * erupted last month, have left 40 dead", "the offensive launched in late April has killed more than
 * 300 civilians": a conflict named, its start told in a relative clause (or a participle) a month
 * or more back, then the present perfect sums every death since — a total over that span (not
 * a fight begun on a weekday or last night, whose dead so far are its own running toll: killed-since.ts).
 */
const KILLED_SINCE_ONSET = new RegExp(
  `(?<!${L})(?:infighting|fighting|clashes|war|conflict|campaign|offensive|escalation|violence|unrest|uprising|insurgency)(?:,?\\s+(?:which|that)\\s+(?:began|erupted|started|broke\\s+out|flared(?:\\s+up)?)|\\s+(?:launched|begun|started|unleashed))\\s+(?:in|late|early|last|more\\s+than|nearly|over|weeks|months|years)(?!${L})[^.;]{0,60}?(?<!${L})(?:has|have)\\s+(?:(?:so\\s+far|now|already)\\s+)?(?:killed|left)(?!${L})`,
  'u',
);

/** The clause (in matching form) counts a conflict's dead since a start long back. */
export function killedSinceOnset(matchText: string): boolean {
  return KILLED_SINCE_ONSET.test(matchText);
}
