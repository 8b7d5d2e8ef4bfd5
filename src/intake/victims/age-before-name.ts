// "killed 10-year-old Ahmad": an age written before a name, as English news writes it, is who the
// one named was, not a count of the dead.

/** "10-year-old ", "10-year old ", "10 year-old ": an age told as a compound adjective, then a capital. */
const AGE_BEFORE_NAME = /^\d{1,3}[-\s]years?[-\s]old\s+(?=\p{Lu})/u;

/**
 * The length of an age that opens the text ahead of a name ("10-year-old Ahmad", "72-year-old
 * Fatima al-Hassan"), to be read past so that the name counts one as it would bare; 0 where none does.
 */
export function ageBeforeName(source: string): number {
  return AGE_BEFORE_NAME.exec(source)?.[0].length ?? 0;
}
