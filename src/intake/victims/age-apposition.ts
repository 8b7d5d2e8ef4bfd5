// An age set off by commas after the one it describes: "The farmer, 47, died on the spot".

/** A word, a comma, the number, a comma: the number is said of the word before, as an apposition. */
const BEFORE = /\p{L}\s*,\s*$/u;
const AFTER = /^\s*,/u;
const OLDEST = 110;

/**
 * "The farmer, 47, died on the spot", "Ahmed Saleh, 32, was shot dead": a bare number between
 * commas right after a noun or a name is that person's age (English copy gives ages so; Arabic says
 * "(47 عاماً)", read as an age by its own word), never a count of dead or wounded. `text` is the
 * clause in matching form, [start, end) the number.
 */
export function ageBetweenCommas(text: string, start: number, end: number, value: number): boolean {
  return (
    Number.isInteger(value) &&
    value <= OLDEST &&
    BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    AFTER.test(text.slice(end, end + 3))
  );
}
