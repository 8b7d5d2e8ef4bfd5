// "wounded his 12-year-old son": the age told of someone's kin is no count of them.
import type { Token } from '../reading/tokens.js';

/**
 * The index past an age written before a noun ("12-year-old", "eight-year-old": a number, "year",
 * "old") at token `at`, else `at`. "his 12-year-old son" is one son, of twelve; the number is his
 * age, set aside as a count already (casualties.ts), and the kin after it is the one counted.
 */
export function pastAge(tokens: readonly Token[], at: number): number {
  return tokens[at + 1]?.word === 'year' && tokens[at + 2]?.word === 'old' ? at + 3 : at;
}
