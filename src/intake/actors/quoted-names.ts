// Where an actor's name begins and ends once the quotes a writer put around it are counted in.

/**
 * An opening quote right before the name, with a proclitic glued to the quote ("لـ"قسد"", "بـ«داعش»").
 * Tatweel is folded away in matching form, so "لـ" reads as "ل".
 */
const OPENING = /(?:^|(?<=[\s(]))(?:[وف]?(?:[بلك]|لل)?)\s*["«“]\s*$/u;
const CLOSING = /^\s*["»”]/u;

/**
 * Agency copy often quotes a group's name: "عناصر من تنظيم "الدولة الإسلامية"", "a checkpoint of
 * the "SDF"". The words around it tell its role as they would without the quotes ("مقتل عنصرين من
 * «داعش»" is ISIS hit, as "مقتل عنصرين من داعش" is), so the name is read as spanning them.
 */
export function nameBounds(text: string, start: number, end: number): { start: number; end: number } {
  const open = OPENING.exec(text.slice(Math.max(0, start - 6), start));
  const close = CLOSING.exec(text.slice(end, end + 3));
  return { start: open ? start - open[0].length : start, end: close ? end + close[0].length : end };
}
