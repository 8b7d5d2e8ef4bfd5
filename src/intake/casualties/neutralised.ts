// "Neutralised": the word armies and ministries use for the enemy fighters they killed.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "تحييد ستة إرهابيين", "حيدت قواتنا 4 مسلحين", "neutralised four militants", "three terrorists had
 * been neutralised": a party's statement of the enemy it put out of the fight. Ministries say it of
 * the dead (glossed at times "killed, captured or surrendered"), and gold reads it as killed.
 */
export const NEUTRALISED = `(?<!${L})[وف]?(?:${anyOf(['تحييد', 'حيدت', 'حيدنا', 'حيد', 'يحيد', 'تحيد'])})(?!${L})|(?<!${L})neutrali[sz](?:ed|ing|es|e)(?!${L})`;

const NEUTRALISED_ALONE = new RegExp(`^\\s*(?:${NEUTRALISED})\\s*$`, 'u');
const NEUTRALISED_IN = new RegExp(NEUTRALISED, 'u');

/**
 * The cue is the verb of neutralising: its count is of the dead only where armed men are counted
 * ("neutralised 12 explosive devices" defused bombs, "تحييد 3 عبوات" too).
 */
export function neutralisingCue(cue: string): boolean {
  return NEUTRALISED_ALONE.test(cue);
}

/**
 * The clause (in matching form) is a side's statement of the enemy it neutralised, with the dead it
 * counts all militants: the side's own tally of its blows, in its own word.
 */
export function statesNeutralised(facts: {
  matchText: string;
  casualties: { killed: unknown; wounded: unknown; attackersKilled: unknown };
}): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  return (
    attackersKilled !== null && killed === null && wounded === null && NEUTRALISED_IN.test(facts.matchText)
  );
}

/** The militants a side says it neutralised, as its count of the dead of the event they were hit in. */
export function asDeadOfEvent<C extends { killed: unknown; attackersKilled: unknown }>(told: C): C {
  return { ...told, killed: told.attackersKilled, attackersKilled: null };
}
