// A photo's caption, with its credit, set in the copy: it shows, it does not tell the news.

/**
 * "A man carries a wounded child at the site of air strikes in X on December 17, 2019 (AFP Photo/Omar
 * Haj Kadour)", "رجال الإنقاذ يبحثون بين الأنقاض (صورة: الدفاع المدني)": a paragraph that ends with
 * the picture's credit in brackets is the caption of a picture — the people in it are the event's,
 * seen again, never more victims or an event of its own.
 */
const CREDIT =
  /\((?:[^()]{0,40}(?<![\p{L}])(?:photos?|pictures?|images?)(?![\p{L}])|(?:صورة|الصورة|تصوير|صور)(?![\p{L}]))[^()]{0,60}\)\s*[.]?\s*$/iu;

/**
 * "(Photo: A man carries a child after an airstrike in Aleppo, Monday, Aug. 8, 2016. AP Photo)",
 * "(صورة: عناصر من الدفاع المدني يبحثون عن ناجين…)": a paragraph set wholly in brackets that opens
 * with the caption's label is the caption, however long what it shows.
 */
const LABELLED =
  /^\s*[([]\s*(?:photo\s+caption|caption|photo|picture|image|صورة|الصورة)\s*[:：][^()[\]]*[)\]]\s*[.]?\s*$/iu;

export function isPhotoCaption(paragraph: string): boolean {
  return CREDIT.test(paragraph) || LABELLED.test(paragraph);
}
