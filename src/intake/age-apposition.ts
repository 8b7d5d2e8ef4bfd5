// "Khaled al-Masri, 41, who led a rebel brigade…, was killed": an age in apposition, no count.

/** Ages written alone between commas stay below this. */
const MAX_AGE = 110;

/**
 * A number standing alone between commas right after a word ("Ali Sharifi, 37, was killed", "a
 * shepherd, 15, and his brother"): English copy's age of the one just named, never how many were
 * hit (a count is the object or subject of its verb, not set off by commas after a name).
 */
export function appositionAge(text: string, start: number, end: number, value: number): boolean {
  return (
    Number.isInteger(value) &&
    value < MAX_AGE &&
    /[\p{L}],\s*$/u.test(text.slice(Math.max(0, start - 4), start)) &&
    /^\s*,/u.test(text.slice(end, end + 2))
  );
}
