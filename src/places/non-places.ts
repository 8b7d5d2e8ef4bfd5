import type { MappedText } from '../text/normalize.js';

/** Names that contain a place name but name something else: a force, a group. */
export const NON_PLACE_PHRASES = [
  'قوات سوريا الديمقراطية',
  'قوات سورية الديمقراطية',
  'Syrian Democratic Forces',
  'الدولة الإسلامية في العراق والشام',
  'الدولة الإسلامية في العراق وسوريا',
  'الدولة الإسلامية في العراق',
  'Islamic State in Iraq and Syria',
  'Islamic State of Iraq and Syria',
  'Islamic State in Iraq and the Levant',
  'Islamic State of Iraq and the Levant',
  'Islamic State in Iraq',
  'Islamic State of Iraq',
  'تنظيم القاعدة في العراق',
  'al-Qaeda in Iraq',
];

/**
 * Source spans [start, end) of the phrases (already normalised with `normalizeForMatch`) in a
 * normalised sentence, on word boundaries.
 */
export function nonPlaceSpans(
  sentence: MappedText,
  sourceLength: number,
  normalisedPhrases: readonly string[],
): [number, number][] {
  const { text, sourceIndex } = sentence;
  const boundary = (c: string | undefined): boolean => c === undefined || !/[\p{L}\p{N}]/u.test(c);
  const spans: [number, number][] = [];
  for (const needle of normalisedPhrases) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      // Arabic clitics may precede the phrase ("وقوات"), so only its end needs a boundary there.
      const startsWord = boundary(text[at - 1]) || /[\u0600-\u06FF]/.test(needle);
      if (startsWord && boundary(text[at + needle.length])) {
        spans.push([sourceIndex[at] ?? 0, sourceIndex[at + needle.length] ?? sourceLength]);
      }
    }
  }
  return spans;
}
