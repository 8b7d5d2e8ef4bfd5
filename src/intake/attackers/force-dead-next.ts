// "Troops swept into the village on Monday, killing nine militants in street fighting, the army
// said." then "One soldier was killed and two were wounded, a statement said.": the sentence right
// after a fight whose dead were the enemy's, opening on a count of a force's men killed — no blow,
// place or day of its own — tells the force's own dead of that fight (its toll sums both sides),
// though it does not say "in the fighting" (fight-sides.ts fightOfOwnLosses reads those).
import { EN_COUNT_PATTERN } from '../reading/number-words.js';

/**
 * The clause (matching form) opens on a count of men under arms of a state's side and their killing:
 * "one soldier was killed", "two marines were killed", "three iraqi policemen were also killed"
 * (two words at most before the men: "iraqi", "u.s."). Armed men of the enemy ("militants") or
 * people at large ("two civilians") are not told so.
 */
const FORCE_DEAD_OPENS = new RegExp(
  String.raw`^\s*(?:an?|${EN_COUNT_PATTERN})\s+(?:[\p{L}.-]+\s+){0,2}?(?:soldiers?|marines?|troops|servicem[ae]n|policem[ae]n|police officers?|paratroopers?)\s+(?:was|were)\s+(?:also\s+)?killed(?![\p{L}])`,
  'u',
);

/** The clause (matching form) opens on a count of a force's men killed (FORCE_DEAD_OPENS). */
export const forceDeadOpens = (text: string): boolean => FORCE_DEAD_OPENS.test(text);
