// "ten soldiers and passers-by were wounded": matching form spells a hyphened word's parts apart, and
// a later part may be a word that ends a count's reach elsewhere ("by", "in", "on": "passers-by",
// "stand-in", "hangers-on"). Inside the compound it is no break: the compound is one word naming who
// was counted.

/** A word joined by hyphens, as written. */
const COMPOUND = /[\p{L}\d]+(?:-[\p{L}\d]+)+/gu;

/** The later parts of the hyphened words of `written` (as written, lower-cased): "passers-by" gives "by". */
export function hyphenLaterParts(written: string): ReadonlySet<string> {
  const parts = new Set<string>();
  for (const [compound] of written.matchAll(COMPOUND))
    for (const part of compound.toLowerCase().split('-').slice(1)) parts.add(part);
  return parts;
}
