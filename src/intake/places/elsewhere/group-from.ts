// "opened fire on a group of around 30 people, mostly from Aleppo and Deir Ezzor provinces": where
// most of a group come from is who they are, not where what befell them happened (as a person's
// home is: hails-from.ts).

/**
 * "mostly from X and Y provinces", "many of them from X", "all from X": the home of a group, told by
 * how many of it, up to the clause's next comma or stop. English only: Arabic "معظمهم من أهالي X"
 * often names the locals of the very place hit.
 */
const GROUP_HOME =
  /(?<![\p{L}])(?:mostly|mainly|largely|chiefly|(?:most|many|some|all)\s+of\s+them|all)\s+(?:(?:were|are|of\s+them)\s+)?from\s+[^,.;]*/giu;

/** The text with where most of a group comes from blanked (same length, offsets keep). */
export function withoutGroupHome(text: string): string {
  return text.replace(GROUP_HOME, (m) => ' '.repeat(m.length));
}
