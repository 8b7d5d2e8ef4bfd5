// Where the victims came from, told after the place of the deed: "قتل زائران من أهالي قضاء X".

/** "من أهالي", "من سكان", "من أبناء", an administrative word perhaps between, right before the name. */
const HOMETOWN_BEFORE =
  /(?:^|[^\p{L}])من\s+(?:أهالي|سكان|أبناء)\s+(?:(?:قضاء|ناحية|مدينة|قرية|بلدة|محافظة)\s+)?$/u;

/** The result of the deed told before it: "ما أسفر عن", "مما أدى إلى". */
const RESULT = /(?:^|[^\p{L}])م?ما\s+(?:أسفر|أدى)(?![\p{L}])/gu;

/**
 * A spot the deed was told at, known to the gazetteer or not: "قرب ناحية Y", "على طريق X", "في قرية
 * Y" (a bare "في" may be "في حديث لـ…").
 */
const DEED_SPOT =
  /(?:^|[^\p{L}])(?:قرب|بالقرب\s+من|(?:عند|على|في)\s+(?:طريق|منطقة|قرية|حي|بلدة|ناحية|مدينة|قضاء))\s/u;

/**
 * "أطلقوا النار على موكب على طريق X قرب ناحية Y، ما أسفر عن مقتل زائرين اثنين من أهالي قضاء Z":
 * the name told as the victims' home, in the result of a deed told at a spot, is who they were, not
 * where they were hit; so it is after a place the gazetteer knows (`placeBefore`). Alone, "قتل ثلاثة
 * من أهالي قرية X بقصف" tells all the place there is.
 */
export function namesHometown(sentence: string, start: number, placeBefore: boolean): boolean {
  if (!HOMETOWN_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return false;
  if (placeBefore) return true;
  const result = [...sentence.slice(0, start).matchAll(RESULT)].at(-1);
  return !!result && DEED_SPOT.test(sentence.slice(0, result.index));
}
