// "17 soldiers and pro-government Sunni tribal fighters were killed": a word joined by hyphens
// ("pro-government", "al-Qaeda-linked") is one describing word of those counted, though matching
// form spells its parts apart — the words allowed between a count and its verb are counted so.

/** A word joined by hyphens, as written. */
const COMPOUND = /[\p{L}\d]+(?:-[\p{L}\d]+)+/gu;

/**
 * How many more words matching form reads in `told` (a stretch of the clause in matching form) than
 * the copy wrote: the inner hyphens of the compounds of `written` (the same stretch as written)
 * still found in `told`, spelt apart.
 */
export function hyphenJoins(written: string, told: string): number {
  const spaced = ` ${told.replace(/\s+/gu, ' ')} `;
  let joins = 0;
  for (const [compound] of written.matchAll(COMPOUND)) {
    const parts = compound.toLowerCase().split('-');
    if (spaced.includes(` ${parts.join(' ')} `)) joins += parts.length - 1;
  }
  return joins;
}
