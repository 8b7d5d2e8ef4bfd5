// "الغد برس / سامراء", "ديالى/ المدى برس": an Iraqi outlet's line of its own above the story, the office
// it filed from and the outlet's name, set apart by a slash.

/** Up to three words each side of one slash, nothing else: no sentence, no date's slashes ("16/8/2018"). */
const OFFICE_LINE = /^[^\s/.!?؟:،,"«“\d٠-٩][^/.!?؟:،,"«“\d٠-٩]*\/[^/.!?؟:،,"«“\d٠-٩]+$/u;
const MAX_WORDS_A_SIDE = 3;

/**
 * The line "الغد برس / سامراء" (either side first) standing as the first paragraph of an Arabic story,
 * where no dash-closed dateline stands (article/dateline.ts): where the story was filed from. The
 * place it names is used only as such a dateline's is where nothing else in the article places a
 * village the gazetteer does not know (incident-finish.ts `dateline`, which also asks that every
 * event the article places lies in that town's governorate); the line stays in the body as before.
 * null: no such line.
 */
export function officeLine(paragraphs: readonly string[]): string | null {
  const line = paragraphs[0]?.trim() ?? '';
  if (!/\p{Script=Arabic}/u.test(line) || !OFFICE_LINE.test(line)) return null;
  const sides = line.split('/').map((s) => s.trim().split(/\s+/).filter(Boolean).length);
  return sides.every((n) => n >= 1 && n <= MAX_WORDS_A_SIDE) ? line : null;
}
